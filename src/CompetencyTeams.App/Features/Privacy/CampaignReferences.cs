using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// Erasure of a person where they acted on other people's campaign records: campaigns they created, assessments frozen
/// with them as manager or validated by them, invitations frozen with them as manager. Each now names the pseudonym;
/// the other person's answers, levels and the manager's comments about them are theirs and stay.
/// No index leads from a manager to these rows, so every campaign is read: an erasure is rare, and HR waits for it.
/// </summary>
public sealed class CampaignReferences(ICampaignRepository campaigns, IAssessmentRepository assessments, IAssignmentRepository assignments)
{
    public async Task<IReadOnlyList<string>> PseudonymizeAsync(string personId, string pseudonym, ErasedReferences found, CancellationToken cancellationToken)
    {
        var all = await Pages.ReadAllAsync(token => campaigns.ListAsync(null, token, cancellationToken));
        foreach (var campaign in all)
        {
            var before = await ConflictRetry.RewriteAsync(
                campaign,
                c => c.CreatedBy == personId ? c with { CreatedBy = pseudonym } : null,
                (c, version) => campaigns.SaveAsync(c, version, cancellationToken),
                () => campaigns.GetAsync(campaign.Value.Id, cancellationToken));
            found.Add(ReferenceKinds.CampaignCreator, before is null ? 0 : 1);
            await AssessmentsAsync(campaign.Value.Id, personId, pseudonym, found, cancellationToken);
            await AssignmentsAsync(campaign.Value.Id, personId, pseudonym, found, cancellationToken);
        }

        return [.. all.Select(c => c.Value.Id)];
    }

    private async Task AssessmentsAsync(string campaignId, string personId, string pseudonym, ErasedReferences found, CancellationToken cancellationToken)
    {
        var rows = await Pages.ReadAllAsync(token => assessments.ListForCampaignAsync(campaignId, token, cancellationToken));
        foreach (var row in rows.Where(r => r.Value.ManagerId == personId || r.Value.ValidatedBy == personId))
        {
            var before = await ConflictRetry.RewriteAsync(
                row,
                a => a.ManagerId != personId && a.ValidatedBy != personId ? null : a with
                {
                    ManagerId = a.ManagerId == personId ? pseudonym : a.ManagerId,
                    ValidatedBy = a.ValidatedBy == personId ? pseudonym : a.ValidatedBy,
                },
                (a, version) => assessments.SaveAsync(a, version, cancellationToken),
                () => assessments.GetAsync(campaignId, row.Value.PersonId, cancellationToken));
            found.Add(ReferenceKinds.AssessmentManager, before?.ManagerId == personId ? 1 : 0);
            found.Add(ReferenceKinds.AssessmentValidator, before?.ValidatedBy == personId ? 1 : 0);
        }
    }

    private async Task AssignmentsAsync(string campaignId, string personId, string pseudonym, ErasedReferences found, CancellationToken cancellationToken)
    {
        var rows = await Pages.ReadAllAsync(token => assignments.ListAsync(campaignId, token, cancellationToken));
        foreach (var row in rows.Where(r => r.Value.ManagerId == personId))
        {
            var before = await ConflictRetry.RewriteAsync(
                row,
                a => a.ManagerId == personId ? a with { ManagerId = pseudonym } : null,
                (a, version) => assignments.SaveAsync(a, version, cancellationToken),
                () => assignments.GetAsync(campaignId, row.Value.PersonId, cancellationToken));
            found.Add(ReferenceKinds.AssignmentManager, before is null ? 0 : 1);
        }
    }
}
