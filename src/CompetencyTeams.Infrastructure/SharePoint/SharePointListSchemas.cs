using Microsoft.Graph.Models;

namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>One list the publication writes to, with the columns it must have.</summary>
public sealed record SharePointListSchema(string DisplayName, IReadOnlyList<ColumnDefinition> Columns);

/// <summary>
/// The three lists and their typed columns. Every item carries CtKey (our id for the item) and CtScope
/// (campaign|team), both indexed: the writer finds a scope's items by filtering on CtScope alone, because
/// SharePoint filters on one indexed column at a time.
/// </summary>
public static class SharePointListSchemas
{
    public const string KeyColumn = "CtKey";
    public const string ScopeColumn = "CtScope";

    public static IReadOnlyList<SharePointListSchema> All(SharePointOptions options) =>
        [CampaignSummaries(options.CampaignSummariesList), CompetencyGaps(options.CompetencyGapsList), ActionPlan(options.ActionPlanList)];

    public static SharePointListSchema CampaignSummaries(string displayName) => new(displayName,
    [
        .. Identity(),
        .. CampaignAndTeam(),
        Text("ManagerObjectId"), Text("ManagerName"), Text("ManagerUpn"),
        Number("Headcount", "none", 0, null), Number("ParticipationPercent", "one", 0, 100), Number("ValidatedCount", "none", 0, null),
        Number("MeanGap", "two", null, null),
        Note("CriticalCompetencies"), Note("FteShortfallByProfile"), Note("TopLevers"), Note("TabLink"),
        Date("PublishedAt", "dateTime"),
    ]);

    public static SharePointListSchema CompetencyGaps(string displayName) => new(displayName,
    [
        .. Identity(),
        .. CampaignAndTeam(),
        Text("CompetencyCode", indexed: true), Text("CompetencyTitle"),
        Number("RequiredLevel", "none", 0, null), Number("Holders", "none", 0, null), Number("CoveragePercent", "one", 0, 100),
        Number("MeanGap", "two", null, null),
        Date("PublishedAt", "dateTime"),
    ]);

    public static SharePointListSchema ActionPlan(string displayName) => new(displayName,
    [
        .. Identity(),
        .. CampaignAndTeam(),
        Text("ActionId"),
        Choice("Lever", Enum.GetNames<PublishedLever>()),
        Text("CompetencyCode"), Text("CompetencyTitle"),
        Text("OwnerObjectId"), Text("OwnerName"), Text("OwnerUpn"),
        Date("DueDate", "dateOnly"),
        Choice("Status", Enum.GetNames<PublishedActionStatus>()),
        Note("Reason"),
        Date("PublishedAt", "dateTime"),
    ]);

    private static IEnumerable<ColumnDefinition> Identity() => [Text(KeyColumn, indexed: true), Text(ScopeColumn, indexed: true)];

    private static IEnumerable<ColumnDefinition> CampaignAndTeam() =>
        [Text("CampaignId", indexed: true), Text("CampaignName"), Text("TeamId", indexed: true), Text("TeamName")];

    private static ColumnDefinition Text(string name, bool indexed = false) =>
        new() { Name = name, Indexed = indexed, Text = new TextColumn { AllowMultipleLines = false, MaxLength = 255 } };

    /// <summary>Multiple lines of text: no 255-character limit, but it cannot be indexed.</summary>
    private static ColumnDefinition Note(string name) =>
        new() { Name = name, Text = new TextColumn { AllowMultipleLines = true, TextType = "plain" } };

    private static ColumnDefinition Number(string name, string decimalPlaces, double? minimum, double? maximum) =>
        new() { Name = name, Number = new NumberColumn { DecimalPlaces = decimalPlaces, Minimum = minimum, Maximum = maximum } };

    private static ColumnDefinition Choice(string name, IEnumerable<string> choices) =>
        new() { Name = name, Indexed = true, Choice = new ChoiceColumn { Choices = [.. choices], DisplayAs = "dropDownMenu", AllowTextEntry = false } };

    private static ColumnDefinition Date(string name, string format) =>
        new() { Name = name, DateTime = new DateTimeColumn { Format = format } };
}
