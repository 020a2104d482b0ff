using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Manifest;

/// <summary>What Teams requires of the two icons and the schema cannot check.</summary>
public static class IconRules
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    public static IReadOnlyList<string> CheckColor(byte[] png)
    {
        var errors = new List<string>();
        var image = TryDecode("color", png, errors);
        if (image is null)
        {
            return errors;
        }

        CheckSize("color", image, ColorSize, errors);
        var distinctColours = image.Pixels().Where(p => p.A > 0).Select(p => (p.R, p.G, p.B)).Distinct().Count();
        if (distinctColours < 3)
        {
            errors.Add($"color icon: only {distinctColours} colour(s); it must be a full-colour icon");
        }

        return errors;
    }

    public static IReadOnlyList<string> CheckOutline(byte[] png)
    {
        var errors = new List<string>();
        var image = TryDecode("outline", png, errors);
        if (image is null)
        {
            return errors;
        }

        CheckSize("outline", image, OutlineSize, errors);
        var pixels = image.Pixels().ToList();
        var notWhite = pixels.Count(p => p.A > 0 && (p.R, p.G, p.B) != (255, 255, 255));
        if (notWhite > 0)
        {
            errors.Add($"outline icon: {notWhite} visible pixel(s) are not white");
        }

        if (!pixels.Any(p => p.A == 0))
        {
            errors.Add("outline icon: no transparent pixel (it must be white on a transparent background)");
        }

        if (!pixels.Any(p => p.A == 255))
        {
            errors.Add("outline icon: no opaque pixel (nothing is drawn)");
        }

        return errors;
    }

    private static PngImage? TryDecode(string role, byte[] png, List<string> errors)
    {
        try
        {
            return PngReader.Decode(png);
        }
        catch (InvalidDataException exception)
        {
            errors.Add($"{role} icon: {exception.Message}");
            return null;
        }
    }

    private static void CheckSize(string role, PngImage image, int size, List<string> errors)
    {
        if (image.Width != size || image.Height != size)
        {
            errors.Add($"{role} icon: {image.Width}x{image.Height}, expected {size}x{size}");
        }
    }
}
