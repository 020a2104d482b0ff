using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.App.Features.HrConsole;

public sealed record TeamList(IReadOnlyList<Team> Items, string? Continuation);

public sealed record PersonItem(
    string ObjectId, string DisplayName, string UserPrincipalName, string? TeamId, string? ManagerId, string? ProfileId, double Fte, string PreferredLocale, bool IsActive, bool Reachable);

public sealed record PersonList(IReadOnlyList<PersonItem> Items, string? Continuation);

public sealed record ImportResult(int Imported);

/// <summary>HR's people and teams: paged lists and CSV imports (create or update; people keep their chat address and time shares).</summary>
public static class DirectoryEndpoints
{
    public const int MaxFileBytes = 20 * 1024 * 1024;

    public static RouteGroupBuilder MapHrDirectory(this RouteGroupBuilder hr)
    {
        hr.MapGet("/teams", async (string? continuation, ITeamRepository teams, CancellationToken ct) =>
        {
            var page = await teams.ListAsync(continuation, ct);
            return TypedResults.Ok(new TeamList(page.Items, page.ContinuationToken));
        });
        hr.MapGet("/people", async (string? continuation, string? teamId, IPersonRepository people, CancellationToken ct) =>
        {
            var page = string.IsNullOrWhiteSpace(teamId) ? await people.ListAsync(continuation, ct) : await people.ListByTeamAsync(teamId, continuation, ct);
            return TypedResults.Ok(new PersonList([.. page.Items.Select(Item)], page.ContinuationToken));
        });
        hr.MapPost("/people/import", ImportPeopleAsync);
        hr.MapPost("/teams/import", ImportTeamsAsync);
        return hr;
    }

    private static PersonItem Item(Person p) =>
        new(p.ObjectId, p.DisplayName, p.UserPrincipalName, p.TeamId, p.ManagerId, p.ProfileId, p.Fte, p.PreferredLocale, p.IsActive, p.ChatAddress is not null);

    private static async Task<IResult> ImportPeopleAsync(HttpRequest http, IPersonRepository people, CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        if (await RequestBody.ReadTextAsync(http, MaxFileBytes, cancellationToken) is not { } text)
        {
            return HrProblems.TooLarge(MaxFileBytes, locale);
        }

        var (rows, errors) = DirectoryCsv.ReadPeople(text, locale);
        if (errors.Count > 0 || rows.Count == 0)
        {
            return errors.Count > 0 ? HrProblems.Invalid(errors, locale) : HrProblems.Invalid("file", HrTexts.EmptyBody, locale);
        }

        await people.ImportAsync(rows, cancellationToken);
        return TypedResults.Ok(new ImportResult(rows.Count));
    }

    private static async Task<IResult> ImportTeamsAsync(HttpRequest http, ITeamRepository teams, CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        if (await RequestBody.ReadTextAsync(http, MaxFileBytes, cancellationToken) is not { } text)
        {
            return HrProblems.TooLarge(MaxFileBytes, locale);
        }

        var (rows, errors) = DirectoryCsv.ReadTeams(text, locale);
        if (errors.Count > 0 || rows.Count == 0)
        {
            return errors.Count > 0 ? HrProblems.Invalid(errors, locale) : HrProblems.Invalid("file", HrTexts.EmptyBody, locale);
        }

        foreach (var team in rows)
        {
            await SaveTeamAsync(teams, team, cancellationToken);
        }

        return TypedResults.Ok(new ImportResult(rows.Count));
    }

    private static async Task SaveTeamAsync(ITeamRepository teams, Team team, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await teams.GetAsync(team.Id, cancellationToken);
            try
            {
                await teams.SaveAsync(team, current?.Version, cancellationToken);
                return;
            }
            catch (Domain.Common.ConcurrencyConflictException) when (attempt < 3)
            {
                // Changed meanwhile: the import's values win, on top of the new version.
            }
        }
    }
}
