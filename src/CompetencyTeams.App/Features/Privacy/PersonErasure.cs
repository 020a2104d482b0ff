using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// Erases one person (GDPR right to erasure): profile and conversation reference, assessments with their comments,
/// campaign invitations; plan actions are unlinked; audit entries keep their facts under a pseudonym; the team
/// summaries they counted in are recomputed and republished. Running it again finishes an interrupted erasure.
/// </summary>
public sealed class PersonErasure(
    IPersonRepository people,
    IAssignmentRepository assignments,
    IAssessmentRepository assessments,
    IActionPlanRepository plans,
    IAuditLog audit,
    PersonalDataCollector collector,
    SummaryRepublisher republisher,
    TimeProvider clock)
{
    public async Task<ErasureReport> EraseAsync(string personId, string erasedBy, CancellationToken cancellationToken)
    {
        var pseudonym = "erased-" + Guid.NewGuid().ToString("N");
        var profile = (await people.GetAsync(personId, cancellationToken))?.Value;
        var assigned = await assignments.ListForPersonAsync(personId, cancellationToken);
        var answers = await assessments.ListForPersonAsync(personId, cancellationToken);
        var teams = assigned.Select(a => (a.CampaignId, a.TeamId)).Concat(answers.Select(a => (a.CampaignId, a.TeamId)))
            .Where(t => t.TeamId is not null).Select(t => (t.CampaignId, TeamId: t.TeamId!)).Distinct().ToList();
        var campaigns = teams.Select(t => t.CampaignId).Concat(answers.Select(a => a.CampaignId)).Distinct(StringComparer.Ordinal).ToList();

        var report = new ErasureReport(personId, pseudonym, clock.GetUtcNow(), erasedBy)
        {
            ConversationReferenceForgotten = profile?.ChatAddress is not null,
            CommentsDeleted = answers.Sum(a => a.BlockComments.Count + a.ManagerComments.Count + (a.ManagerOverallComment is null ? 0 : 1)),
            AssessmentsDeleted = await assessments.DeleteForPersonAsync(personId, cancellationToken),
            AssignmentsDeleted = await assignments.DeleteForPersonAsync(personId, cancellationToken),
            ActionItemsUpdated = await UnlinkActionsAsync(personId, pseudonym, campaigns, erasedBy, cancellationToken),
        };
        if (profile?.ChatAddress is not null)
        {
            await people.SetChatAddressAsync(personId, null, cancellationToken);
        }

        report = report with
        {
            ProfileDeleted = await people.DeleteAsync(personId, cancellationToken),
            AuditEntriesPseudonymized = await audit.PseudonymizeAsync(personId, pseudonym, cancellationToken),
        };
        report = report with { TeamSummaries = await republisher.RepublishAsync(teams, erasedBy, cancellationToken) };
        await audit.AppendAsync(Entry(report), cancellationToken);
        return report;
    }

    private async Task<int> UnlinkActionsAsync(string personId, string pseudonym, IReadOnlyList<string> campaigns, string actorId, CancellationToken cancellationToken)
    {
        var updated = 0;
        foreach (var item in (await collector.ActionItemsAsync(personId, campaigns, cancellationToken)).DistinctBy(i => (i.CampaignId, i.TeamId)))
        {
            updated += await UnlinkInPlanAsync(item.CampaignId, item.TeamId, personId, pseudonym, actorId, cancellationToken);
        }

        return updated;
    }

    private async Task<int> UnlinkInPlanAsync(string campaignId, string teamId, string personId, string pseudonym, string actorId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await plans.GetAsync(campaignId, teamId, cancellationToken);
            if (current is null)
            {
                return 0;
            }

            var touched = current.Value.Actions.Count(a => PersonalDataCollector.Concerns(a, personId));
            var actions = current.Value.Actions.Select(a => !PersonalDataCollector.Concerns(a, personId) ? a : a with
            {
                PersonId = a.PersonId == personId ? null : a.PersonId,
                OwnerId = a.OwnerId == personId ? pseudonym : a.OwnerId,
                CreatedBy = a.CreatedBy == personId ? pseudonym : a.CreatedBy,
            }).ToList();
            try
            {
                await plans.SaveAsync(current.Value with { Actions = actions, UpdatedAt = clock.GetUtcNow(), UpdatedBy = actorId }, current.Version, cancellationToken);
                return touched;
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
                // A manager edited the plan meanwhile: apply the change again on top of theirs.
            }
        }
    }

    private AuditEntry Entry(ErasureReport report) =>
        new(Guid.NewGuid().ToString("N"), clock.GetUtcNow(), report.ErasedBy, "hr", AuditActions.PersonErased, "person", report.Pseudonym)
        {
            SubjectPersonId = report.Pseudonym,
            Details = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["assessments"] = Text(report.AssessmentsDeleted),
                ["comments"] = Text(report.CommentsDeleted),
                ["assignments"] = Text(report.AssignmentsDeleted),
                ["actionItems"] = Text(report.ActionItemsUpdated),
                ["auditEntries"] = Text(report.AuditEntriesPseudonymized),
                ["profile"] = report.ProfileDeleted ? "deleted" : "absent",
                ["teamSummaries"] = Text(report.TeamSummaries.Count),
            },
        };

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
