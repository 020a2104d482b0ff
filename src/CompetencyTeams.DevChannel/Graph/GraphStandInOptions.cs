using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>How the Graph stand-in behaves (section DevChannel:Graph).</summary>
public sealed class GraphStandInOptions
{
    public const string SectionName = "DevChannel:Graph";

    /// <summary>Folder for graph.json (sites, lists, items, installed apps). Empty: in memory only.</summary>
    public string? DataFolder { get; set; }

    /// <summary>The site that always exists, as "hostname:/server-relative-path".</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9.\-]+:/.*$", ErrorMessage = "DevChannel:Graph:DefaultSite must look like contoso.sharepoint.com:/sites/name.")]
    public string DefaultSite { get; set; } = "contoso.sharepoint.com:/sites/competences";

    /// <summary>Answer 401 to calls without a bearer token, as Graph does.</summary>
    public bool RequireBearerToken { get; set; } = true;

    /// <summary>Items per page when the caller gives no $top (Graph pages list items too).</summary>
    [Range(1, 5000)]
    public int ItemsPageSize { get; set; } = 200;
}
