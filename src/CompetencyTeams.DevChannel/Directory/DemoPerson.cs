using System.Security.Cryptography;
using System.Text;

namespace CompetencyTeams.DevChannel.Directory;

public sealed record DemoPerson(
    string Id,
    string DisplayName,
    string UserPrincipalName,
    string? JobTitle,
    string? TeamId,
    string? ManagerId,
    string? ProfileId,
    double Fte,
    string Locale,
    IReadOnlyList<string>? Roles)
{
    /// <summary>The Teams user id ("29:…") the Bot Connector uses for this person; stable, derived from the object id.</summary>
    public string ChannelUserId => "29:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Id)))[..32];

    public bool IsHrAdmin => Roles?.Contains("HR.Admin", StringComparer.Ordinal) == true;
}

public sealed record DemoTeam(string Id, IReadOnlyDictionary<string, string> Name, string ManagerId);

public sealed record DemoOrganisation(string TenantId, IReadOnlyList<DemoTeam> Teams, IReadOnlyList<DemoPerson> People);
