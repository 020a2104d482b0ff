using System.Collections.Concurrent;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// Records send results on assignment rows with group commit: a save waits only while the previous write of the same
/// campaign is running, and whatever arrived meanwhile (from every message in flight) goes in the next transaction.
/// At the Teams rate a save still goes alone, at once; at the engine's own ceiling it shares one storage request with
/// a dozen others instead of taking one each. A result never waits for a timer, so the window in which a sent card is
/// not yet recorded stays one write long (docs/decisions/0004).
/// </summary>
public sealed class AssignmentRecorder(IAssignmentRepository assignments)
{
    private readonly ConcurrentDictionary<string, CampaignWrites> _campaigns = new(StringComparer.Ordinal);

    /// <summary>Saves the assignment under its expected version; returns the new version (conflicts throw as a single save would).</summary>
    public Task<string> SaveAsync(Assignment assignment, string expectedVersion, CancellationToken cancellationToken) =>
        _campaigns.GetOrAdd(assignment.CampaignId, _ => new CampaignWrites(assignments)).SaveAsync(assignment, expectedVersion, cancellationToken);

    private sealed class CampaignWrites(IAssignmentRepository assignments)
    {
        private readonly Lock _lock = new();
        private readonly List<PendingSave> _pending = [];
        private bool _writing;

        public async Task<string> SaveAsync(Assignment assignment, string expectedVersion, CancellationToken cancellationToken)
        {
            var save = new PendingSave(assignment, expectedVersion);
            bool write;
            lock (_lock)
            {
                _pending.Add(save);
                write = !_writing;
                _writing = true;
            }

            if (write)
            {
                // The writer carries other callers' results: one caller's cancellation must not drop theirs.
                await WriteUntilEmptyAsync(CancellationToken.None);
            }

            return await save.Done.Task.WaitAsync(cancellationToken);
        }

        private async Task WriteUntilEmptyAsync(CancellationToken cancellationToken)
        {
            while (TakeGroup() is { } group)
            {
                await WriteAsync(group, cancellationToken);
            }
        }

        // Up to one transaction's worth, one save per person (a second save of someone waits for the next group).
        private List<PendingSave>? TakeGroup()
        {
            lock (_lock)
            {
                if (_pending.Count == 0)
                {
                    _writing = false;
                    return null;
                }

                var people = new HashSet<string>(StringComparer.Ordinal);
                var group = _pending.Where(p => people.Add(p.Assignment.PersonId)).Take(IAssignmentRepository.MaxSaveMany).ToList();
                _pending.RemoveAll(group.Contains);
                return group;
            }
        }

        private async Task WriteAsync(List<PendingSave> group, CancellationToken cancellationToken)
        {
            if (group.Count > 1)
            {
                try
                {
                    var versions = await assignments.SaveManyAsync(group[0].Assignment.CampaignId, [.. group.Select(p => (p.Assignment, p.ExpectedVersion))], cancellationToken);
                    for (var i = 0; i < group.Count; i++)
                    {
                        group[i].Done.TrySetResult(versions[i]);
                    }

                    return;
                }
                catch (ConcurrencyConflictException)
                {
                    // One row changed under us (a person opened the card at once): the others are saved one by one
                    // below, the changed one gets its own conflict.
                }
                catch (Exception ex)
                {
                    group.ForEach(p => p.Done.TrySetException(ex));
                    return;
                }
            }

            foreach (var save in group)
            {
                try
                {
                    save.Done.TrySetResult(await assignments.SaveAsync(save.Assignment, save.ExpectedVersion, cancellationToken));
                }
                catch (Exception ex)
                {
                    save.Done.TrySetException(ex);
                }
            }
        }
    }

    private sealed class PendingSave(Assignment assignment, string expectedVersion)
    {
        public Assignment Assignment { get; } = assignment;

        public string ExpectedVersion { get; } = expectedVersion;

        public TaskCompletionSource<string> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
