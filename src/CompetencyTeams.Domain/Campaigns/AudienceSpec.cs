using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.Domain.Campaigns;

/// <summary>Who a campaign targets: everyone, or the union of some teams, some profiles and named people. Resolved and frozen at launch.</summary>
public sealed record AudienceSpec(bool Everyone, IReadOnlyList<string> TeamIds, IReadOnlyList<string> ProfileIds, IReadOnlyList<string> PersonIds)
{
    public static AudienceSpec All { get; } = new(true, [], [], []);

    public bool IsEmpty => !Everyone && TeamIds.Count == 0 && ProfileIds.Count == 0 && PersonIds.Count == 0;

    public static AudienceSpec Of(IEnumerable<string>? teamIds = null, IEnumerable<string>? profileIds = null, IEnumerable<string>? personIds = null) =>
        new(false, [.. teamIds ?? []], [.. profileIds ?? []], [.. personIds ?? []]);

    /// <summary>True when the person is in the audience (active people only).</summary>
    public bool Includes(Person person) =>
        person.IsActive
        && (Everyone
            || (person.TeamId is not null && TeamIds.Contains(person.TeamId, StringComparer.Ordinal))
            || (person.ProfileId is not null && ProfileIds.Contains(person.ProfileId, StringComparer.Ordinal))
            || PersonIds.Contains(person.ObjectId, StringComparer.Ordinal));

    /// <summary>The people in the audience, each once, in a stable order (by object id).</summary>
    public IReadOnlyList<Person> Resolve(IEnumerable<Person> people)
    {
        var teams = new HashSet<string>(TeamIds, StringComparer.Ordinal);
        var profiles = new HashSet<string>(ProfileIds, StringComparer.Ordinal);
        var named = new HashSet<string>(PersonIds, StringComparer.Ordinal);
        var chosen = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var included = person.IsActive
                && (Everyone
                    || (person.TeamId is not null && teams.Contains(person.TeamId))
                    || (person.ProfileId is not null && profiles.Contains(person.ProfileId))
                    || named.Contains(person.ObjectId));
            if (included)
            {
                chosen.TryAdd(person.ObjectId, person);
            }
        }

        return [.. chosen.Values.OrderBy(p => p.ObjectId, StringComparer.Ordinal)];
    }

    internal void EnsureNotEmpty()
    {
        if (IsEmpty)
        {
            throw new DomainRuleException("campaign.empty-audience", "The campaign has no audience: choose everyone, teams, profiles or people.");
        }
    }
}
