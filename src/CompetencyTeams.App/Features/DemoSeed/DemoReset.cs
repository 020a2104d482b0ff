using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.App.Features.DemoSeed;

/// <summary>
/// Removes the demo organisation's records (people with their assessments and assignments, teams, profiles) before a
/// fresh seed. Campaigns, summaries and action plans have no delete: the seeder overwrites them instead. The published
/// framework is never removed (a published version is immutable and campaigns refer to it).
/// </summary>
public sealed class DemoReset(
    IPersonRepository people,
    ITeamRepository teams,
    IJobProfileRepository profiles,
    IAssessmentRepository assessments,
    IAssignmentRepository assignments)
{
    public async Task<int> DeleteAsync(DemoOrganisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var deleted = 0;
        foreach (var person in organisation.People)
        {
            deleted += await assessments.DeleteForPersonAsync(person.Id, cancellationToken);
            deleted += await assignments.DeleteForPersonAsync(person.Id, cancellationToken);
            deleted += await people.DeleteAsync(person.Id, cancellationToken) ? 1 : 0;
        }

        foreach (var team in organisation.Teams)
        {
            if (await teams.GetAsync(team.Id, cancellationToken) is { } stored)
            {
                await teams.DeleteAsync(team.Id, stored.Version, cancellationToken);
                deleted++;
            }
        }

        foreach (var profileId in organisation.People.Select(p => p.ProfileId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await profiles.GetAsync(profileId, cancellationToken) is { } stored)
            {
                await profiles.DeleteAsync(profileId, stored.Version, cancellationToken);
                deleted++;
            }
        }

        return deleted;
    }
}
