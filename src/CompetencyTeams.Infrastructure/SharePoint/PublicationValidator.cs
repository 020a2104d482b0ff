namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>Refuses a publication that could not be written faithfully, before anything is sent.</summary>
public static class PublicationValidator
{
    private const int MaxIdLength = 80;

    public static void ThrowIfInvalid(TeamSummaryPublication publication)
    {
        var summary = publication.Summary;
        var errors = new List<string>();
        CheckId(errors, "campaign id", summary.CampaignId);
        CheckId(errors, "team id", summary.TeamId);
        if (summary.Headcount < 0 || summary.ValidatedCount < 0 || summary.ValidatedCount > summary.Headcount)
        {
            errors.Add($"headcount ({summary.Headcount}) and validated count ({summary.ValidatedCount}) must be 0 ≤ validated ≤ headcount");
        }

        if (summary.ParticipationPercent is < 0 or > 100 || double.IsNaN(summary.ParticipationPercent))
        {
            errors.Add($"participation must be between 0 and 100 (got {summary.ParticipationPercent})");
        }

        foreach (var gap in publication.Gaps)
        {
            CheckId(errors, "competency code", gap.CompetencyCode);
            if (gap.CoveragePercent is < 0 or > 100 || double.IsNaN(gap.CoveragePercent))
            {
                errors.Add($"coverage of {gap.CompetencyCode} must be between 0 and 100 (got {gap.CoveragePercent})");
            }
        }

        foreach (var action in publication.Actions)
        {
            CheckId(errors, "action id", action.ActionId);
        }

        Duplicates(errors, "competency code", publication.Gaps.Select(g => g.CompetencyCode));
        Duplicates(errors, "action id", publication.Actions.Select(a => a.ActionId));
        if (errors.Count > 0)
        {
            throw new ArgumentException($"The summary of team '{summary.TeamId}' for campaign '{summary.CampaignId}' cannot be published: {string.Join("; ", errors)}.", nameof(publication));
        }
    }

    private static void CheckId(List<string> errors, string what, string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxIdLength || value.Contains('|', StringComparison.Ordinal))
        {
            errors.Add($"{what} '{value}' must be 1-{MaxIdLength} characters without '|'");
        }
    }

    private static void Duplicates(List<string> errors, string what, IEnumerable<string> values)
    {
        foreach (var duplicate in values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"{what} '{duplicate.Key}' appears {duplicate.Count()} times");
        }
    }
}
