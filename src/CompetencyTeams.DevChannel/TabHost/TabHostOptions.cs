using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.DevChannel.TabHost;

/// <summary>Which tab the DevChannel's Teams host page frames (section DevChannel:TabHost).</summary>
public sealed class TabHostOptions
{
    public const string SectionName = "DevChannel:TabHost";

    /// <summary>The App's tab page, as the manifest's staticTabs contentUrl would name it.</summary>
    [Required]
    public Uri AppTabUrl { get; set; } = new("http://127.0.0.1:5080/tab");
}
