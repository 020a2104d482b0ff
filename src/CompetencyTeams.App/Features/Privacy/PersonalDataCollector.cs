using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>Reads everything about one person from every store: profile, assignments, assessments, plans, audit.</summary>
public sealed class PersonalDataCollector(
    IPersonRepository people,
    IAssignmentRepository assignments,
    IAssessmentRepository assessments,
    IActionPlanRepository plans,
    IAuditLog audit,
    TimeProvider clock)
{
    private const int MaxAuditEntries = 20_000;

    public async Task<PersonalDataExport> CollectAsync(string personId, string exportedBy, CancellationToken cancellationToken)
    {
        var profile = (await people.GetAsync(personId, cancellationToken))?.Value;
        var assigned = await assignments.ListForPersonAsync(personId, cancellationToken);
        var answers = await assessments.ListForPersonAsync(personId, cancellationToken);
        var campaigns = assigned.Select(a => a.CampaignId).Concat(answers.Select(a => a.CampaignId)).Distinct(StringComparer.Ordinal).ToList();
        return new PersonalDataExport(
            personId,
            clock.GetUtcNow(),
            exportedBy,
            profile,
            assigned,
            [.. answers.Select(Own)],
            [.. answers.Where(a => a.ValidatedAt is not null || a.ManagerAnswers.Count > 0).Select(Validation)],
            [.. answers.SelectMany(Comments)],
            await ActionItemsAsync(personId, campaigns, cancellationToken),
            await AuditEntriesAsync(personId, cancellationToken));
    }

    /// <summary>Actions that concern the person or that they own, in the plans of the campaigns they took part in.</summary>
    public async Task<IReadOnlyList<ExportedActionItem>> ActionItemsAsync(string personId, IReadOnlyList<string> campaignIds, CancellationToken cancellationToken)
    {
        var items = new List<ExportedActionItem>();
        foreach (var campaignId in campaignIds)
        {
            string? token = null;
            do
            {
                var page = await plans.ListForCampaignAsync(campaignId, token, cancellationToken);
                items.AddRange(page.Items.SelectMany(plan => plan.Actions.Where(a => Concerns(a, personId)).Select(a => new ExportedActionItem(plan.CampaignId, plan.TeamId, a))));
                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        return items;
    }

    public static bool Concerns(PlannedAction action, string personId) =>
        string.Equals(action.PersonId, personId, StringComparison.Ordinal) || string.Equals(action.OwnerId, personId, StringComparison.Ordinal);

    private async Task<IReadOnlyList<AuditEntry>> AuditEntriesAsync(string personId, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, AuditEntry>(StringComparer.Ordinal);
        foreach (var list in new Func<string?, Task<Domain.Common.Page<AuditEntry>>>[]
        {
            token => audit.ListForSubjectAsync(personId, token, cancellationToken),
            token => audit.ListByActorAsync(personId, token, cancellationToken),
        })
        {
            string? token = null;
            do
            {
                var page = await list(token);
                foreach (var entry in page.Items)
                {
                    entries.TryAdd(entry.Id, entry);
                }

                token = entries.Count < MaxAuditEntries ? page.ContinuationToken : null;
            }
            while (token is not null);
        }

        return [.. entries.Values.OrderByDescending(e => e.At)];
    }

    private static ExportedAssessment Own(Assessment a) => new(
        a.CampaignId,
        a.Framework.ToString(),
        a.Status.ToString(),
        a.ProfileId,
        a.TeamId,
        a.ManagerId,
        ExportedLevels.Of(a.SelfAnswers),
        a.TimeShares?.PercentByBlock,
        a.CreatedAt,
        a.UpdatedAt,
        a.SubmittedAt);

    private static ExportedValidation Validation(Assessment a) => new(a.CampaignId, a.ValidatedBy, a.ValidatedAt, ExportedLevels.Of(a.ManagerAnswers));

    private static IEnumerable<ExportedComment> Comments(Assessment a) =>
        a.BlockComments.Select(c => new ExportedComment(a.CampaignId, "self", "block " + c.Key, c.Value))
            .Concat(a.ManagerComments.Select(c => new ExportedComment(a.CampaignId, "manager", "competency " + c.Key, c.Value)))
            .Concat(a.ManagerOverallComment is { } overall ? [new ExportedComment(a.CampaignId, "manager", "overall", overall)] : []);
}
