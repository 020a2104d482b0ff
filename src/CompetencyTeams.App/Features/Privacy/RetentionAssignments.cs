using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Campaigns;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// Deletes a purged campaign's invitations: the per-recipient delivery rows with their 1:1 conversation ids, card
/// activity ids, delivery errors and reminder times. They only served delivery and the participation report; the
/// participation figures that outlive them are in the stored team summaries (docs/decisions/0006).
/// </summary>
public sealed class RetentionAssignments(IAssignmentRepository assignments)
{
    /// <summary>Returns how many were deleted; <paramref name="keepAlive"/> runs every <paramref name="every"/> deletions (lease renewal).</summary>
    public async Task<int> DeleteAllAsync(string campaignId, int every, Func<Task> keepAlive, CancellationToken cancellationToken)
    {
        // Read the people first: deleting while paging would move the continuation under our feet.
        var rows = await Pages.ReadAllAsync(token => assignments.ListAsync(campaignId, token, cancellationToken));
        var deleted = 0;
        foreach (var row in rows)
        {
            // Unconditional: whatever the row says now, past retention it goes (and a re-run finds it gone).
            deleted += await assignments.DeleteAsync(campaignId, row.Value.PersonId, null, cancellationToken) ? 1 : 0;
            if (deleted > 0 && deleted % every == 0)
            {
                await keepAlive();
            }
        }

        return deleted;
    }
}
