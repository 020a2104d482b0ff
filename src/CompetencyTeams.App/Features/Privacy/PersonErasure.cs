using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// Erases one person (GDPR right to erasure): profile and conversation reference, assessments with their comments,
/// campaign invitations. Where they appear in someone else's records (as manager, validator, plan owner or author,
/// campaign creator, publication requester, audit actor) they become a pseudonym; teams they managed lose their
/// manager. The team summaries that counted or named them are recomputed and republished. Running it again finishes
/// an interrupted erasure.
/// </summary>
public sealed class PersonErasure(
    IPersonRepository people,
    IAssignmentRepository assignments,
    IAssessmentRepository assessments,
    IAuditLog audit,
    DirectoryReferences directory,
    CampaignReferences campaignRecords,
    PlanReferences planRecords,
    SummaryRepublisher republisher,
    TimeProvider clock)
{
    public async Task<ErasureReport> EraseAsync(string personId, string erasedBy, CancellationToken cancellationToken)
    {
        var pseudonym = "erased-" + Guid.NewGuid().ToString("N");
        var profile = (await people.GetAsync(personId, cancellationToken))?.Value;
        var assigned = await assignments.ListForPersonAsync(personId, cancellationToken);
        var answers = await assessments.ListForPersonAsync(personId, cancellationToken);
        var memberOf = assigned.Select(a => (a.CampaignId, a.TeamId)).Concat(answers.Select(a => (a.CampaignId, a.TeamId)))
            .Where(t => t.TeamId is not null).Select(t => (t.CampaignId, TeamId: t.TeamId!));

        var report = new ErasureReport(personId, pseudonym, clock.GetUtcNow(), erasedBy)
        {
            ConversationReferenceForgotten = profile?.ChatAddress is not null,
            CommentsDeleted = answers.Sum(a => a.BlockComments.Count + a.ManagerComments.Count + (a.ManagerOverallComment is null ? 0 : 1)),
            AssessmentsDeleted = await assessments.DeleteForPersonAsync(personId, cancellationToken),
            AssignmentsDeleted = await assignments.DeleteForPersonAsync(personId, cancellationToken),
        };

        var found = new ErasedReferences();
        await directory.ClearAsync(personId, found, cancellationToken);
        var campaignIds = await campaignRecords.PseudonymizeAsync(personId, pseudonym, found, cancellationToken);
        await planRecords.PseudonymizeAsync(campaignIds, personId, pseudonym, erasedBy, found, cancellationToken);
        if (profile?.ChatAddress is not null)
        {
            await people.SetChatAddressAsync(personId, null, cancellationToken);
        }

        var republish = memberOf.Concat(found.Summaries).Distinct().ToList();
        report = report with
        {
            ActionItemsUpdated = found[ReferenceKinds.ActionItem],
            References = found.Counts,
            TeamsLeftWithoutManager = found.TeamsWithoutManager,
            ProfileDeleted = await people.DeleteAsync(personId, cancellationToken),
            AuditEntriesPseudonymized = await audit.PseudonymizeAsync(personId, pseudonym, cancellationToken),
            TeamSummaries = await republisher.RepublishAsync(republish, erasedBy, cancellationToken),
        };
        await audit.AppendAsync(Entry(report), cancellationToken);
        return report;
    }

    private AuditEntry Entry(ErasureReport report)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["assessments"] = Text(report.AssessmentsDeleted),
            ["comments"] = Text(report.CommentsDeleted),
            ["assignments"] = Text(report.AssignmentsDeleted),
            ["actionItems"] = Text(report.ActionItemsUpdated),
            ["auditEntries"] = Text(report.AuditEntriesPseudonymized),
            ["profile"] = report.ProfileDeleted ? "deleted" : "absent",
            ["teamSummaries"] = Text(report.TeamSummaries.Count),
        };
        foreach (var (kind, count) in report.References)
        {
            details.TryAdd(kind, Text(count));
        }

        // Team ids are organisational, not personal: HR needs them to name the new managers.
        if (report.TeamsLeftWithoutManager.Count > 0)
        {
            details["teamsLeftWithoutManager"] = string.Join(',', report.TeamsLeftWithoutManager);
        }

        return new(Guid.NewGuid().ToString("N"), clock.GetUtcNow(), report.ErasedBy, "hr", AuditActions.PersonErased, "person", report.Pseudonym)
        {
            SubjectPersonId = report.Pseudonym,
            Details = details,
        };
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
