using System.Text.Json;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.DemoSeed;

/// <summary>The demo organisation file shared with the DevChannel (which plays the same people in Teams, Entra and Graph).</summary>
public sealed record DemoOrganisation(string TenantId, IReadOnlyList<DemoTeam> Teams, IReadOnlyList<DemoPerson> People);

public sealed record DemoTeam(string Id, LocalizedText Name, string? ManagerId);

public sealed record DemoPerson(
    string Id,
    string DisplayName,
    string UserPrincipalName,
    string? JobTitle,
    string? TeamId,
    string? ManagerId,
    string? ProfileId,
    double Fte,
    string? Locale,
    IReadOnlyList<string>? Roles);

public static class DemoOrganisationFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads and checks the file; a missing or malformed file fails with the path and what is wrong.</summary>
    public static DemoOrganisation Read(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The demo organisation file {full} does not exist (set DemoSeed:OrganisationPath).", full);
        }

        DemoOrganisation? organisation;
        try
        {
            organisation = JsonSerializer.Deserialize<DemoOrganisation>(File.ReadAllText(full), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The demo organisation file {full} is not valid JSON: {ex.Message}", ex);
        }

        if (organisation?.Teams is not { Count: > 0 } || organisation.People is not { Count: > 0 })
        {
            throw new InvalidDataException($"The demo organisation file {full} has no teams or no people.");
        }

        var teams = organisation.Teams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = organisation.People.Where(p => p.TeamId is not null && !teams.Contains(p.TeamId)).Select(p => p.Id).ToList();
        return unknown.Count == 0
            ? organisation
            : throw new InvalidDataException($"The demo organisation file {full} puts people in unknown teams: {string.Join(", ", unknown)}.");
    }
}
