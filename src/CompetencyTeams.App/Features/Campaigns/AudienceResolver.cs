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
            await ReadAllAsync(token => people.ListAsync(token, cancellationToken), candidates);
            return audience.Resolve(candidates);
        }

        foreach (var team in audience.TeamIds)
        {
            await ReadAllAsync(token => people.ListByTeamAsync(team, token, cancellationToken), candidates);
        }

        foreach (var profile in audience.ProfileIds)
        {
            await ReadAllAsync(token => people.ListByProfileAsync(profile, token, cancellationToken), candidates);
        }

        if (audience.PersonIds.Count > 0)
        {
            candidates.AddRange(await people.GetManyAsync([.. audience.PersonIds], cancellationToken));
        }

        return audience.Resolve(candidates);
    }

    private static async Task ReadAllAsync(Func<string?, Task<Page<Person>>> read, List<Person> into)
    {
        string? token = null;
        do
        {
            var page = await read(token);
            into.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
    }
}
