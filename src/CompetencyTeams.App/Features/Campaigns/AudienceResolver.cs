using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.App.Features.Campaigns;

/// <summary>Reads the people an audience rule names (everyone, teams, profiles, named people) and resolves them, each once.</summary>
public sealed class AudienceResolver(IPersonRepository people)
{
    public async Task<IReadOnlyList<Person>> ResolveAsync(AudienceSpec audience, CancellationToken cancellationToken)
    {
        var candidates = new List<Person>();
        if (audience.Everyone)
        {
            candidates.AddRange(await Pages.ReadAllAsync(token => people.ListAsync(token, cancellationToken)));
            return audience.Resolve(candidates);
        }

        foreach (var team in audience.TeamIds)
        {
            candidates.AddRange(await Pages.ReadAllAsync(token => people.ListByTeamAsync(team, token, cancellationToken)));
        }

        foreach (var profile in audience.ProfileIds)
        {
            candidates.AddRange(await Pages.ReadAllAsync(token => people.ListByProfileAsync(profile, token, cancellationToken)));
        }

        if (audience.PersonIds.Count > 0)
        {
            candidates.AddRange(await people.GetManyAsync([.. audience.PersonIds], cancellationToken));
        }

        return audience.Resolve(candidates);
    }
}
