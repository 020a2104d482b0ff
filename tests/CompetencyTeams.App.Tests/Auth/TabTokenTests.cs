extern alias devchannel;

using System.Net;
using System.Text.Json;
using devchannel::CompetencyTeams.DevChannel.Identity;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Auth;

/// <summary>The tab's SSO token, validated by the real App against the DevChannel's issuer over HTTPS: only the right token passes.</summary>
[Collection(TabApiCollection.Name)]
public sealed class TabTokenTests(TabApiFixture fixture)
{
    private const string Me = "/api/tab/me";

    [Fact]
    public async Task Me_ValidToken_Returns200WithTheTokensUser()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, Me, fixture.DevChannel.Token(ManagerA));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ManagerA, body.GetProperty("objectId").GetString());
        Assert.True(body.GetProperty("isManager").GetBoolean());
        Assert.False(body.GetProperty("isHr").GetBoolean());
    }

    [Fact]
    public async Task Me_ApplicationIdUriAudience_Returns200()
    {
        var payload = fixture.DevChannel.Payload(AgentA1);
        payload["aud"] = TabDevChannel.ApplicationIdUri;

        using var response = await fixture.SendAsync(HttpMethod.Get, Me, fixture.DevChannel.Sign(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Me_NoToken_Returns401()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, Me, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_WrongAudience_Returns401()
    {
        var payload = fixture.DevChannel.Payload(AgentA1);
        payload["aud"] = TabDevChannel.BotAppId;

        await AssertUnauthorizedAsync(fixture.DevChannel.Sign(payload));
    }

    [Fact]
    public async Task Me_OtherTenantsIssuerAndTid_Returns401()
    {
        const string otherTenant = "9e9e9e9e-1111-4222-8333-444455556666";
        var payload = fixture.DevChannel.Payload(AgentA1);
        payload["tid"] = otherTenant;
        payload["iss"] = $"{fixture.DevChannel.BaseUrl}/{otherTenant}/v2.0";

        await AssertUnauthorizedAsync(fixture.DevChannel.Sign(payload));
    }

    [Fact]
    public async Task Me_OwnIssuerButOtherTid_Returns401()
    {
        var payload = fixture.DevChannel.Payload(AgentA1);
        payload["tid"] = "9e9e9e9e-1111-4222-8333-444455556666";

        await AssertUnauthorizedAsync(fixture.DevChannel.Sign(payload));
    }

    [Fact]
    public async Task Me_Expired_Returns401()
    {
        var payload = fixture.DevChannel.Payload(AgentA1);
        var past = DateTimeOffset.UtcNow.AddHours(-2).ToUnixTimeSeconds();
        payload["iat"] = past;
        payload["nbf"] = past;
        payload["exp"] = past + 3600;

        await AssertUnauthorizedAsync(fixture.DevChannel.Sign(payload));
    }

    [Fact]
    public async Task Me_AnotherIssuer_Returns401()
    {
        var payload = fixture.DevChannel.Payload(AgentA1);
        payload["iss"] = $"https://login.microsoftonline.com/{TabDevChannel.TenantId}/v2.0";

        await AssertUnauthorizedAsync(fixture.DevChannel.Sign(payload));
    }

    [Fact]
    public async Task Me_SignedWithAForeignKey_Returns401()
    {
        var foreign = DevIdentityKeys.LoadOrCreate(Path.Combine(Path.GetTempPath(), "ct-tab-tests", Guid.NewGuid().ToString("N")), TimeProvider.System);

        await AssertUnauthorizedAsync(DevJwt.Sign(fixture.DevChannel.Payload(AgentA1), foreign.EntraKey));
    }

    [Fact]
    public async Task Me_AppOnlyTokenWithoutScopeOrRoles_IsRefused()
    {
        var payload = fixture.DevChannel.Payload(AgentA1);
        payload.Remove("scp");

        using var response = await fixture.SendAsync(HttpMethod.Get, Me, fixture.DevChannel.Sign(payload));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{(int)response.StatusCode}");
    }

    [Fact]
    public async Task Organisation_ValidTokenWithoutHrRole_Returns403ProblemDetails()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/{CampaignId}/organisation", fixture.DevChannel.Token(ManagerA));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Organisation_HrRoleInToken_Returns200()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/{CampaignId}/organisation", fixture.DevChannel.Token(Hr, HrRole));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TabTokenEndpoint_DemoHrUser_TokenCarriesTheRoleAndIsAcceptedByTheApp()
    {
        const string demoHr = "d975868f-6890-5696-bb2a-bdec2c418b12";
        using var devChannel = fixture.DevChannel.CreateHttpsClient();
        using var minted = await devChannel.GetAsync(new Uri($"{TabSsoEndpoints.TokenPath}?user={demoHr}", UriKind.Relative));
        var token = JsonDocument.Parse(await minted.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();

        using var me = await fixture.SendAsync(HttpMethod.Get, Me, token);
        var body = JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, minted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(demoHr, body.GetProperty("objectId").GetString());
        Assert.True(body.GetProperty("isHr").GetBoolean());
    }

    [Fact]
    public async Task TabTokenEndpoint_UnknownUser_Returns404()
    {
        using var devChannel = fixture.DevChannel.CreateHttpsClient();
        using var response = await devChannel.GetAsync(new Uri($"{TabSsoEndpoints.TokenPath}?user=nobody", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task AssertUnauthorizedAsync(string token)
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, Me, token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }
}
