using System.Security.Claims;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Teams;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace CompetencyTeams.App.Auth;

/// <summary>The signed-in tab user, from the validated token only (never from the request body or the route).</summary>
public sealed record CurrentUser(string ObjectId, string? DisplayName, bool IsHr)
{
    public string Role => IsHr ? "hr" : "user";
}

/// <summary>
/// What the signed-in user may see and change: HR (app role) everything; a manager the people whose manager they are
/// in the people data (and, when configured, the reports of those reports) and the teams they manage; everyone themselves.
/// </summary>
public sealed class AccessScope(CurrentUser user, IPersonRepository people, ITeamRepository teams, TabOptions options)
{
    private const int MaxChainDepth = 32;
    private bool? _isManager;

    public CurrentUser User { get; } = user;

    public bool IsHr => User.IsHr;

    public bool IsSelf(string personId) => string.Equals(personId, User.ObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Has at least one direct report in the people data.</summary>
    public async Task<bool> IsManagerAsync(CancellationToken cancellationToken)
    {
        _isManager ??= (await people.ListDirectReportsAsync(User.ObjectId, null, cancellationToken)).Items.Count > 0;
        return _isManager.Value;
    }

    /// <summary>HR, the person themselves, or their manager.</summary>
    public async Task<bool> CanReadPersonAsync(Person person, CancellationToken cancellationToken) =>
        IsHr || IsSelf(person.ObjectId) || await ManagesAsync(person, cancellationToken);

    /// <summary>The user is the person's manager (directly, or up the line when reports are transitive); never themselves.</summary>
    public async Task<bool> ManagesAsync(Person person, CancellationToken cancellationToken) =>
        !IsSelf(person.ObjectId) && await IsAboveAsync(person.ManagerId, cancellationToken);

    public async Task<bool> CanReadTeamAsync(string teamId, CancellationToken cancellationToken) =>
        IsHr || await ManagesTeamAsync(teamId, cancellationToken);

    /// <summary>The user manages the team (or, when reports are transitive, manages its manager).</summary>
    public async Task<bool> ManagesTeamAsync(string teamId, CancellationToken cancellationToken)
    {
        var team = await teams.GetAsync(teamId, cancellationToken);
        return team is not null && await IsAboveAsync(team.Value.ManagerId, cancellationToken);
    }

    /// <summary>Teams the user manages directly (what a manager's dashboard opens on).</summary>
    public Task<IReadOnlyList<Team>> ManagedTeamsAsync(CancellationToken cancellationToken) =>
        teams.ListManagedByAsync(User.ObjectId, cancellationToken);

    private async Task<bool> IsAboveAsync(string? managerId, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var depth = 0; managerId is not null && seen.Add(managerId) && depth < MaxChainDepth; depth++)
        {
            if (IsSelf(managerId))
            {
                return true;
            }

            if (!options.TransitiveReports)
            {
                return false;
            }

            managerId = (await people.GetAsync(managerId, cancellationToken))?.Value.ManagerId;
        }

        return false;
    }
}

/// <summary>Builds the <see cref="AccessScope"/> of the request's validated user.</summary>
public sealed class AccessScopeFactory(IPersonRepository people, ITeamRepository teams, IOptions<TabOptions> options)
{
    public AccessScope For(ClaimsPrincipal principal)
    {
        var objectId = principal.GetObjectId() ?? throw new InvalidOperationException("The tab policy lets only users with an object id through.");
        var user = new CurrentUser(objectId, principal.FindFirst("name")?.Value ?? principal.GetDisplayName(), principal.IsInRole(options.Value.HrRole));
        return new AccessScope(user, people, teams, options.Value);
    }
}
