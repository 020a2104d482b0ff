using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.App.Features.Dashboards;

/// <summary>One person in one campaign: self vs manager level side by side per competency, the comments, and their history.</summary>
public sealed record PersonView(
    string CampaignId,
    string PersonId,
    string DisplayName,
    string? TeamId,
    string? ProfileId,
    string Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ValidatedAt,
    string? ValidatedBy,
    string? ManagerOverallComment,
    string? Version,
    IReadOnlyList<PersonBlock> Blocks,
    IReadOnlyList<PersonHistoryEntry> History);

public sealed record PersonBlock(string Code, string Title, string? SelfComment, IReadOnlyList<PersonCompetency> Competencies);

/// <summary>Self, manager and final answers ("3", "na", or null when not assessed), the requirement, the gap and manager − self.</summary>
public sealed record PersonCompetency(string Code, string Title, int? Required, string? Self, string? Manager, string? Final, int? Gap, int? SelfManagerDifference, string? ManagerComment);

public sealed record PersonHistoryEntry(string CampaignId, string Status, DateTimeOffset? SubmittedAt, DateTimeOffset? ValidatedAt, int Answered);

public static class PersonViewBuilder
{
    public static PersonView Build(
        GapAnalysisReport report,
        string campaignId,
        Domain.People.Person person,
        Domain.Common.Versioned<Assessment>? assessment,
        IReadOnlyList<Assessment> history)
    {
        var gaps = report.Contains(person.ObjectId) ? report.PersonGaps(person.ObjectId) : [];
        var a = assessment?.Value;
        var blocks = report.Framework.Blocks
            .Select(block => new PersonBlock(
                block.Code,
                block.Title,
                a?.BlockComments.GetValueOrDefault(block.Code),
                [.. block.Competencies
                    .Select(c => (Competency: c, Gap: Find(gaps, c.Code)))
                    .Where(x => x.Gap is { } g && (g.Required is not null || g.Self.IsAnswered || g.Manager.IsAnswered))
                    .Select(x => Competency(x.Competency, x.Gap!.Value, a))]))
            .Where(b => b.Competencies.Count > 0 || b.SelfComment is not null)
            .ToList();

        return new PersonView(
            campaignId,
            person.ObjectId,
            person.DisplayName,
            a?.TeamId ?? person.TeamId,
            a?.ProfileId ?? person.ProfileId,
            a is null ? "NotStarted" : a.Status.ToString(),
            a?.SubmittedAt,
            a?.ValidatedAt,
            a?.ValidatedBy,
            a?.ManagerOverallComment,
            assessment?.Version,
            blocks,
            [.. history.Select(h => new PersonHistoryEntry(h.CampaignId, h.Status.ToString(), h.SubmittedAt, h.ValidatedAt, h.SelfAnswers.Count(x => x.Value.IsAnswered)))]);
    }

    /// <summary>"3" for a level, "na" for not applicable, null for not assessed.</summary>
    public static string? Format(LevelAnswer answer) => answer.Kind switch
    {
        AnswerKind.Level => answer.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnswerKind.NotApplicable => "na",
        _ => null,
    };

    private static PersonCompetencyGap? Find(IReadOnlyList<PersonCompetencyGap> gaps, string code)
    {
        foreach (var gap in gaps)
        {
            if (string.Equals(gap.CompetencyCode, code, StringComparison.Ordinal))
            {
                return gap;
            }
        }

        return null;
    }

    private static PersonCompetency Competency(Competency competency, PersonCompetencyGap gap, Assessment? assessment) => new(
        competency.Code,
        competency.Title,
        gap.Required,
        Format(gap.Self),
        Format(gap.Manager),
        Format(gap.Final),
        gap.Gap,
        gap.SelfManagerDifference,
        assessment?.ManagerComments.GetValueOrDefault(competency.Code));
}
