using CompetencyTeams.Domain.People;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

/// <summary>Fresh ids and bodies for the HR console tests, so that they never touch what other tests of the shared host read.</summary>
public static class HrTestData
{
    public const string HrTeam = "hr-tests-team";

    public static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Two active people of a team nobody manages, to launch campaigns to.</summary>
    public static async Task<string[]> PeopleAsync(IServiceProvider services)
    {
        var people = services.GetRequiredService<IPersonRepository>();
        var ids = new[] { Guid.NewGuid().ToString(), Guid.NewGuid().ToString() };
        foreach (var id in ids)
        {
            await people.SaveAsync(new Person(id, "Agent " + id[..4], id + "@chu-demo.fr", HrTeam, null, "profile-afr", 1, TimeShares.Empty, "fr-FR"), null, CancellationToken.None);
        }

        return ids;
    }

    public static object Draft(string id, string[] personIds, DateTimeOffset? opensAt = null, DateTimeOffset? deadline = null, string nameFr = "Campagne de test")
    {
        var now = DateTimeOffset.UtcNow;
        return new
        {
            id,
            name = new { fr = nameFr, en = "Test campaign" },
            framework = new { frameworkId = "anap-afr", version = 1 },
            audience = new { everyone = false, teamIds = Array.Empty<string>(), profileIds = Array.Empty<string>(), personIds },
            managerValidates = true,
            opensAt = opensAt ?? now.AddDays(10),
            deadline = deadline ?? now.AddDays(30),
            reminders = new { daysBeforeDeadline = new[] { 7, 2 }, timeOfDay = "09:00:00", skipWeekends = true, timeZoneId = "Europe/Paris" },
        };
    }
}
