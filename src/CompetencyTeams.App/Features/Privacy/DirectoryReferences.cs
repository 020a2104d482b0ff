using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// Erasure of a manager in the directory: the teams they managed are kept with no manager (the next directory import
/// names the new one; until then HR sees the team in the report), and their reports lose the link to them. A pseudonym
/// would be no better here: it names nobody who could sign in, and access is derived from these links.
/// </summary>
public sealed class DirectoryReferences(ITeamRepository teams, IPersonRepository people)
{
    public async Task ClearAsync(string personId, ErasedReferences found, CancellationToken cancellationToken)
    {
        foreach (var team in await teams.ListManagedByAsync(personId, cancellationToken))
        {
            var before = await ConflictRetry.RewriteAsync(
                await teams.GetAsync(team.Id, cancellationToken),
                t => t.ManagerId == personId ? t with { ManagerId = null } : null,
                (t, version) => teams.SaveAsync(t, version, cancellationToken),
                () => teams.GetAsync(team.Id, cancellationToken));
            if (before is not null)
            {
                found.TeamLeftWithoutManager(team.Id);
            }
        }

        // Read every page first: clearing the links removes the very index rows being paged through.
        var reports = await Pages.ReadAllAsync(token => people.ListDirectReportsAsync(personId, token, cancellationToken));
        foreach (var report in reports)
        {
            var before = await ConflictRetry.RewriteAsync(
                await people.GetAsync(report.ObjectId, cancellationToken),
                p => p.ManagerId == personId ? p with { ManagerId = null } : null,
                (p, version) => people.SaveAsync(p, version, cancellationToken),
                () => people.GetAsync(report.ObjectId, cancellationToken));
            found.Add(ReferenceKinds.PersonManager, before is null ? 0 : 1);
        }
    }
}
