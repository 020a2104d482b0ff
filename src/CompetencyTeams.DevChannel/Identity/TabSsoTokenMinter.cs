using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Directory;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Identity;

/// <summary>Who a tab token is for: the claims Entra puts about the user in a Teams SSO access token.</summary>
public sealed record TabSsoSubject(string ObjectId, string Name, string PreferredUsername, IReadOnlyList<string> Roles)
{
    public static TabSsoSubject Of(DemoPerson person) => new(person.Id, person.DisplayName, person.UserPrincipalName, person.Roles ?? []);
}

/// <summary>
/// Mints Teams-SSO-like v2 access tokens with the DevChannel's Entra key, issued by its v2 issuer for the tenant:
/// aud = tab client id, oid, tid, name, preferred_username, scp, roles (only when the user has some), azp = Teams.
/// </summary>
public sealed class TabSsoTokenMinter(DevIdentityKeys keys, DevTokenIssuer issuer, IOptions<TabSsoOptions> options, TimeProvider timeProvider)
{
    public TabSsoOptions Options => options.Value;

    public string Mint(string tenantId, TabSsoSubject subject) => DevJwt.Sign(Payload(tenantId, subject), keys.EntraKey);

    /// <summary>The claims before signing (tests alter them to mint wrong tokens from the same issuer).</summary>
    public JsonObject Payload(string tenantId, TabSsoSubject subject)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["aud"] = settings.ClientId,
            ["iss"] = issuer.EntraIssuer(tenantId, EntraTokenVersion.V2),
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)settings.Lifetime.TotalSeconds,
            ["azp"] = settings.TeamsClientId,
            ["azpacr"] = "0",
            ["name"] = subject.Name,
            ["oid"] = subject.ObjectId,
            ["preferred_username"] = subject.PreferredUsername,
            ["scp"] = settings.Scope,
            ["sub"] = subject.ObjectId,
            ["tid"] = tenantId,
            ["ver"] = "2.0",
        };
        if (subject.Roles.Count > 0)
        {
            payload["roles"] = new JsonArray([.. subject.Roles.Select(r => (JsonNode?)JsonValue.Create(r))]);
        }

        return payload;
    }

    /// <summary>Signs any payload with the issuer's Entra key.</summary>
    public string Sign(JsonObject payload) => DevJwt.Sign(payload, keys.EntraKey);
}
