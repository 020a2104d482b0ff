using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CompetencyTeams.App.Tests.Auth;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Security;

/// <summary>
/// The tab token matrix on the real App (extends Auth/TabTokenTests, which covers /me): every bad token kind × an
/// agent endpoint, a manager endpoint and the HR privacy endpoints → 401; the HR privacy endpoints × every role →
/// only HR passes. Tokens are made by the DevChannel's issuer and altered one claim (or the signature) at a time.
/// </summary>
[Collection(TabApiCollection.Name)]
public sealed class TabTokenMatrixTests(TabApiFixture fixture)
{
    public static readonly string[] Endpoints = ["person-view", "team-dashboard", "privacy-export", "privacy-erasure"];

    public static readonly string[] BadTokens =
    [
        "wrong-audience", "wrong-tenant", "another-issuer", "expired", "not-yet-valid", "no-expiry", "unsigned-alg-none",
        "signature-stripped", "hs256-forged", "signature-of-another-payload", "no-scope-on-hr",
    ];

    public static TheoryData<string, string> BadTokenCells()
    {
        var data = new TheoryData<string, string>();
        foreach (var token in BadTokens)
        {
            foreach (var endpoint in Endpoints)
            {
                data.Add(token, endpoint);
            }
        }

        return data;
    }

    public static TheoryData<string, string, bool> HrCells()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var endpoint in new[] { "privacy-export", "privacy-erasure" })
        {
            foreach (var role in new[] { "agent", "manager-a", "manager-b", "nobody", "hr" })
            {
                data.Add(endpoint, role, role == "hr");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadTokenCells))]
    public async Task BadToken_OnAnyEndpoint_IsRefusedWithoutReachingIt(string badToken, string endpoint)
    {
        var (method, path, body) = Request(endpoint);

        using var response = await fixture.SendAsync(method, path, BadToken(badToken), body);

        // A token without the delegated scope is a valid identity without the right: 403 is as good as 401 there.
        var expected = badToken == "no-scope-on-hr" ? new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden } : [HttpStatusCode.Unauthorized];
        Assert.Contains(response.StatusCode, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(HrCells))]
    public async Task HrPrivacyEndpoint_Role_OnlyHrPasses(string endpoint, string role, bool allowed)
    {
        var (method, path, body) = Request(endpoint);

        using var response = await fixture.SendAsync(method, path, Token(role), body);

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
    }

    private string Token(string role) => role switch
    {
        "agent" => fixture.DevChannel.Token(AgentB1),
        "manager-a" => fixture.DevChannel.Token(ManagerA),
        "manager-b" => fixture.DevChannel.Token(ManagerB),
        "hr" => fixture.DevChannel.Token(Hr, HrRole),
        _ => fixture.DevChannel.Token(Nobody),
    };

    private static (HttpMethod Method, string Path, object? Body) Request(string endpoint) => endpoint switch
    {
        "person-view" => (HttpMethod.Get, $"/api/tab/campaigns/{CampaignId}/people/{AgentA1}", null),
        "team-dashboard" => (HttpMethod.Get, $"/api/tab/campaigns/{CampaignId}/teams/{TeamA}/dashboard", null),
        "privacy-export" => (HttpMethod.Get, $"/api/tab/hr/privacy/people/{AgentB1}/export", null),

        // Erasing an id nobody has: an allowed call answers with an empty report and erases nothing of the organisation.
        "privacy-erasure" => (HttpMethod.Post, "/api/tab/hr/privacy/people/nobody-at-all/erasure", new { confirmPersonId = "nobody-at-all" }),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    private string BadToken(string kind)
    {
        var payload = fixture.DevChannel.Payload(Hr, HrRole);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        switch (kind)
        {
            case "wrong-audience":
                payload["aud"] = TabDevChannel.BotAppId;
                break;
            case "wrong-tenant":
                payload["tid"] = "9e9e9e9e-1111-4222-8333-444455556666";
                payload["iss"] = $"{fixture.DevChannel.BaseUrl}/9e9e9e9e-1111-4222-8333-444455556666/v2.0";
                break;
            case "another-issuer":
                payload["iss"] = $"https://login.microsoftonline.com/{TabDevChannel.TenantId}/v2.0";
                break;
            case "expired":
                (payload["iat"], payload["nbf"], payload["exp"]) = (now - 7200, now - 7200, now - 3600);
                break;
            case "not-yet-valid":
                (payload["nbf"], payload["exp"]) = (now + 3600, now + 7200);
                break;
            case "no-expiry":
                payload.Remove("exp");
                break;
            case "no-scope-on-hr":
                payload.Remove("scp");
                break;
            case "unsigned-alg-none":
                return Segment(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" }) + "." + Segment(payload) + ".";
            case "signature-stripped":
                var signed = fixture.DevChannel.Sign(payload);
                return signed[..(signed.LastIndexOf('.') + 1)];
            case "hs256-forged":
                var kid = JsonNode.Parse(Base64Url(fixture.DevChannel.Sign(payload).Split('.')[0]))!["kid"]!.GetValue<string>();
                var input = Segment(new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = kid }) + "." + Segment(payload);
                return input + "." + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(kid), Encoding.ASCII.GetBytes(input))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            case "signature-of-another-payload":
                var genuine = fixture.DevChannel.Sign(fixture.DevChannel.Payload(AgentB1));
                return Segment(JsonNode.Parse(Base64Url(genuine.Split('.')[0]))!.AsObject()) + "." + Segment(payload) + "." + genuine.Split('.')[2];
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        return fixture.DevChannel.Sign(payload);
    }

    private static string Segment(JsonObject json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Base64Url(string segment)
    {
        var padded = segment.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '=')));
    }
}
