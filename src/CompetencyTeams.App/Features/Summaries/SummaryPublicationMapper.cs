using System.Globalization;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.Levers;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Infrastructure.SharePoint;

namespace CompetencyTeams.App.Features.Summaries;

/// <summary>Turns a team's summary and action plan into the rows of the three SharePoint lists (texts in French, the organisation's language).</summary>
public static class SummaryPublicationMapper
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static TeamSummaryPublication Map(TeamSummaryContext context, Uri? tabLink)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (analysis, summary, plan, people) = context;
        var answered = summary.Participation.Where(p => p.Key is ParticipationState.Submitted or ParticipationState.Validated).Sum(p => p.Value);
        var row = new CampaignSummaryRow(
            summary.CampaignId,
            analysis.Campaign.Name.For("fr"),
            summary.TeamId,
            summary.TeamName,
            Published(summary.ManagerId, people) ?? new PublishedPerson("", "", ""),
            summary.Headcount,
            summary.Headcount == 0 ? 0 : Math.Round(100.0 * answered / summary.Headcount, 1),
            Math.Min(summary.ValidatedCount, summary.Headcount),
            Round(summary.MeanGap),
            string.Join("; ", summary.CriticalCompetencies),
            string.Join("; ", summary.FteByProfile.Where(b => b.ShortfallNow > 0 || b.ShortfallAtHorizon > 0).Select(Shortfall)),
            string.Join(" | ", summary.TopLevers.Select(l => l.Reason.For("fr"))),
            tabLink);
        var gaps = summary.Competencies.Where(c => c.RequiredBy > 0).Select(c => new CompetencyGapRow(
            c.CompetencyCode,
            analysis.Framework.FindCompetency(c.CompetencyCode)?.Title ?? c.CompetencyCode,
            (int)Math.Round(c.MeanRequiredLevel ?? 0, MidpointRounding.AwayFromZero),
            c.Holders,
            Math.Round(100.0 * (c.CoverageRate ?? 0), 1),
            Round(c.MeanGap)));
        var actions = (plan?.Actions ?? []).Select(a => new ActionPlanRow(
            a.Id,
            Lever(a.Lever),
            a.CompetencyCode,
            a.CompetencyCode is null ? null : analysis.Framework.FindCompetency(a.CompetencyCode)?.Title,
            Published(a.OwnerId, people) ?? new PublishedPerson(a.OwnerId, a.OwnerId, ""),
            a.DueDate,
            Status(a.Status),
            a.Reason));
        return new TeamSummaryPublication(row, [.. gaps], [.. actions]);
    }

    private static PublishedPerson? Published(string? objectId, IReadOnlyDictionary<string, Person> people) =>
        objectId is null ? null
        : people.TryGetValue(objectId, out var p) ? new PublishedPerson(p.ObjectId, p.DisplayName, p.UserPrincipalName)
        : new PublishedPerson(objectId, "", "");

    private static string Shortfall(FteBalance b) =>
        string.Create(French, $"{b.Key} : {b.ShortfallNow:0.##} ETP (horizon {b.ShortfallAtHorizon:0.##})");

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;

    private static PublishedLever Lever(LeverType type) => type switch
    {
        LeverType.Training => PublishedLever.Training,
        LeverType.Recruitment => PublishedLever.Recruitment,
        LeverType.Mobility => PublishedLever.Mobility,
        _ => PublishedLever.Organisation,
    };

    private static PublishedActionStatus Status(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => PublishedActionStatus.InProgress,
        ActionStatus.Done => PublishedActionStatus.Done,
        ActionStatus.Cancelled => PublishedActionStatus.Cancelled,
        _ => PublishedActionStatus.Planned,
    };
}
