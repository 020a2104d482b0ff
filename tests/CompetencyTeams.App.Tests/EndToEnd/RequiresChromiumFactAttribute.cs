using CompetencyTeams.TestSupport.Cards;

namespace CompetencyTeams.App.Tests.EndToEnd;

/// <summary>A browser test: skipped, with the reason, where Debian's Chromium (or CT_CHROMIUM_PATH) is absent.</summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public RequiresChromiumFactAttribute() => Skip = UnavailableReason;

    public static string? UnavailableReason => File.Exists(CardValidationPrerequisites.ChromiumPath)
        ? null
        : $"Skipped: no Chromium at {CardValidationPrerequisites.ChromiumPath} (apt-get install chromium, or set " +
          $"{CardValidationPrerequisites.ChromiumPathVariable}); the end-to-end walk drives the DevChannel's pages in headless Chromium.";
}
