using System.Collections.Concurrent;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>
/// Framework versions by reference, indexed once: a published version never changes, so it is kept for the life of
/// the process (drafts are read every time). The shipped framework answers when storage does not hold it yet.
/// </summary>
public sealed class FrameworkIndexCache(IFrameworkRepository repository)
{
    private readonly ConcurrentDictionary<FrameworkRef, FrameworkIndex> _published = new();

    public async Task<FrameworkIndex?> GetAsync(FrameworkRef framework, CancellationToken cancellationToken)
    {
        if (_published.TryGetValue(framework, out var cached))
        {
            return cached;
        }

        var stored = await repository.GetAsync(framework, cancellationToken);
        var found = stored?.Value ?? (framework == ShippedFrameworks.AnapAfr.Ref ? ShippedFrameworks.AnapAfr : null);
        if (found is null)
        {
            return null;
        }

        var index = new FrameworkIndex(found);
        return found.Status == FrameworkStatus.Published ? _published.GetOrAdd(framework, index) : index;
    }
}
