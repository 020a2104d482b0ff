namespace CompetencyTeams.Deployment.Tests.Support;

/// <summary>A decoded image as 8-bit RGBA rows.</summary>
public sealed class PngImage(int width, int height, byte[] rgba)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public ReadOnlyMemory<byte> Rgba { get; } = rgba;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var span = Rgba.Span.Slice(((y * Width) + x) * 4, 4);
        return (span[0], span[1], span[2], span[3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return Pixel(x, y);
            }
        }
    }
}
