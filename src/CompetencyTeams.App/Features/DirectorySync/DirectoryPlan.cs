using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.App.Features.DirectorySync;

/// <summary>The writes a sync makes, decided from the Graph snapshot and the stored people and teams before anything is written.</summary>
public sealed record DirectoryPlan(IReadOnlyList<Person> AddedPeople, IReadOnlyList<Person> UpdatedPeople, int UnchangedPeople, IReadOnlyList<Team> AddedTeams, IReadOnlyList<Team> UpdatedTeams)
{
    /// <summary>Teams the sync creates for managers who have none are named with this prefix + the manager's id.</summary>
    public const string TeamIdPrefix = "graph-";

    /// <summary>
    /// Managers (anyone with direct reports) keep the teams they manage, or get one named after them. A person's team:
    /// kept when it is one they manage or one their manager manages; a manager without a team joins their own; otherwise
    /// their manager's team; kept when they have no manager. Names, UPN and manager come from Graph; profile, FTE, time shares, chat and activity stay as stored.
    /// </summary>
    public static DirectoryPlan Build(DirectorySnapshot snapshot, IReadOnlyCollection<Person> stored, IReadOnlyCollection<Team> teams)
    {
        var users = snapshot.Users.ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
        var managedBy = teams.Where(t => t.ManagerId is not null).ToLookup(t => t.ManagerId!, StringComparer.OrdinalIgnoreCase);
        var managers = snapshot.ManagerOf.Values.Distinct(StringComparer.OrdinalIgnoreCase).Where(users.ContainsKey).ToList();

        var addedTeams = new List<Team>();
        var updatedTeams = new List<Team>();
        foreach (var manager in managers)
        {
            var own = managedBy[manager].FirstOrDefault(t => t.Id.StartsWith(TeamIdPrefix, StringComparison.Ordinal));
            if (!managedBy[manager].Any())
            {
                addedTeams.Add(new Team(TeamIdPrefix + manager, users[manager].DisplayName, manager));
            }
            else if (own is not null && own.Name != users[manager].DisplayName)
            {
                updatedTeams.Add(own with { Name = users[manager].DisplayName });
            }
        }

        var teamsOf = managers.ToDictionary(
            m => m,
            m => managedBy[m].Select(t => t.Id).DefaultIfEmpty(TeamIdPrefix + m).ToList(),
            StringComparer.OrdinalIgnoreCase);
        var byId = stored.ToDictionary(p => p.ObjectId, StringComparer.OrdinalIgnoreCase);
        var added = new List<Person>();
        var updated = new List<Person>();
        var unchanged = 0;
        foreach (var user in snapshot.Users)
        {
            var managerId = snapshot.ManagerOf.GetValueOrDefault(user.Id);
            var existing = byId.GetValueOrDefault(user.Id);
            var teamId = TeamOf(existing?.TeamId, teamsOf.GetValueOrDefault(user.Id), managerId is null ? null : teamsOf.GetValueOrDefault(managerId));
            if (existing is null)
            {
                added.Add(new Person(user.Id, user.DisplayName, user.UserPrincipalName, teamId, managerId, null, 1.0, TimeShares.Empty, Locale(user.PreferredLanguage)));
                continue;
            }

            var refreshed = existing with { DisplayName = user.DisplayName, UserPrincipalName = user.UserPrincipalName, ManagerId = managerId, TeamId = teamId };
            if (refreshed == existing)
            {
                unchanged++;
            }
            else
            {
                updated.Add(refreshed);
            }
        }

        return new DirectoryPlan(added, updated, unchanged, addedTeams, updatedTeams);
    }

    private static string? TeamOf(string? current, List<string>? ownTeams, List<string>? managerTeams)
    {
        if (current is not null && (ownTeams?.Contains(current) == true || managerTeams?.Contains(current) == true))
        {
            return current;
        }

        // A manager with no team yet joins the one they manage (as in the demo organisation); anyone else their manager's.
        return (current is null ? ownTeams?.FirstOrDefault() : null) ?? managerTeams?.FirstOrDefault() ?? current;
    }

    /// <summary>Graph's preferredLanguage ("fr-FR", "en-US"…) when set; French otherwise, as for a CSV import.</summary>
    private static string Locale(string? preferredLanguage) =>
        string.IsNullOrWhiteSpace(preferredLanguage) ? "fr-FR" : preferredLanguage;
}
