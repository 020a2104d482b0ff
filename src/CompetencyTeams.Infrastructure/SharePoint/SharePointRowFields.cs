using System.Globalization;

namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>One item as it should be in its list: our key, and the field values (column name → value).</summary>
public sealed record DesiredItem(string Key, IDictionary<string, object?> Fields);

/// <summary>Maps the publication's rows to field values of the columns in <see cref="SharePointListSchemas"/>.</summary>
public static class SharePointRowFields
{
    public static string Scope(CampaignSummaryRow summary) => $"{summary.CampaignId}|{summary.TeamId}";

    public static DesiredItem Summary(CampaignSummaryRow row, DateTimeOffset publishedAt)
    {
        var fields = Common(row, Scope(row), $"{row.CampaignName} — {row.TeamName}", publishedAt);
        fields["ManagerObjectId"] = row.Manager.ObjectId;
        fields["ManagerName"] = row.Manager.DisplayName;
        fields["ManagerUpn"] = row.Manager.UserPrincipalName;
        fields["Headcount"] = row.Headcount;
        fields["ParticipationPercent"] = Math.Round(row.ParticipationPercent, 1);
        fields["ValidatedCount"] = row.ValidatedCount;
        fields["MeanGap"] = row.MeanGap is { } gap ? Math.Round(gap, 2) : null;
        fields["CriticalCompetencies"] = row.CriticalCompetencies;
        fields["FteShortfallByProfile"] = row.FteShortfallByProfile;
        fields["TopLevers"] = row.TopLevers;
        fields["TabLink"] = row.TabLink?.AbsoluteUri;
        return new DesiredItem(Scope(row), fields);
    }

    public static DesiredItem Gap(CampaignSummaryRow summary, CompetencyGapRow row, DateTimeOffset publishedAt)
    {
        var key = $"{Scope(summary)}|{row.CompetencyCode}";
        var fields = Common(summary, key, $"{row.CompetencyCode} {row.CompetencyTitle}", publishedAt);
        fields["CompetencyCode"] = row.CompetencyCode;
        fields["CompetencyTitle"] = row.CompetencyTitle;
        fields["RequiredLevel"] = row.RequiredLevel;
        fields["Holders"] = row.Holders;
        fields["CoveragePercent"] = Math.Round(row.CoveragePercent, 1);
        fields["MeanGap"] = row.MeanGap is { } gap ? Math.Round(gap, 2) : null;
        return new DesiredItem(key, fields);
    }

    public static DesiredItem Action(CampaignSummaryRow summary, ActionPlanRow row, DateTimeOffset publishedAt)
    {
        var key = $"{Scope(summary)}|{row.ActionId}";
        var title = row.CompetencyTitle is { Length: > 0 } competency ? $"{row.Lever}: {competency}" : row.Lever.ToString();
        var fields = Common(summary, key, title, publishedAt);
        fields["ActionId"] = row.ActionId;
        fields["Lever"] = row.Lever.ToString();
        fields["CompetencyCode"] = row.CompetencyCode;
        fields["CompetencyTitle"] = row.CompetencyTitle;
        fields["OwnerObjectId"] = row.Owner?.ObjectId;
        fields["OwnerName"] = row.Owner?.DisplayName;
        fields["OwnerUpn"] = row.Owner?.UserPrincipalName;
        fields["DueDate"] = row.DueDate?.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
        fields["Status"] = row.Status.ToString();
        fields["Reason"] = row.Reason;
        return new DesiredItem(key, fields);
    }

    private static Dictionary<string, object?> Common(CampaignSummaryRow summary, string key, string title, DateTimeOffset publishedAt) => new()
    {
        ["Title"] = Truncate(title, 255),
        [SharePointListSchemas.KeyColumn] = key,
        [SharePointListSchemas.ScopeColumn] = Scope(summary),
        ["CampaignId"] = summary.CampaignId,
        ["CampaignName"] = Truncate(summary.CampaignName, 255),
        ["TeamId"] = summary.TeamId,
        ["TeamName"] = Truncate(summary.TeamName, 255),
        ["PublishedAt"] = publishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
