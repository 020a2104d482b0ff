namespace CompetencyTeams.App.Features.DemoSeed;

/// <summary>The "DemoSeed" configuration section, read by the seed-demo command.</summary>
public sealed class DemoSeedOptions
{
    public const string SectionName = "DemoSeed";

    /// <summary>The demo organisation file (relative paths are from the current directory).</summary>
    public string OrganisationPath { get; set; } = Path.Combine("src", "CompetencyTeams.DevChannel", "Demo", "demo-organisation.json");

    /// <summary>The organisation's time zone for the campaigns' reminders.</summary>
    public string TimeZoneId { get; set; } = "Europe/Paris";
}
