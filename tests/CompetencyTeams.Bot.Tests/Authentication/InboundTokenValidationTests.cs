using System.Net;
using System.Security.Cryptography;
using CompetencyTeams.Bot.Tests.Support;
using CompetencyTeams.DevChannel.Identity;

namespace CompetencyTeams.Bot.Tests.Authentication;

/// <summary>POST /api/messages with real RS256 tokens from the local issuer (served over HTTPS), good and bad.</summary>
[Collection(BotCollection.Name)]
public sealed class InboundTokenValidationTests(BotFixture fixture)
{
    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    private IdentityHost Identity => fixture.Identity;

    private BotHost Bot => fixture.Bot;

    [Fact]
    public async Task Post_ValidBotFrameworkToken_Returns200AndHandlerRuns()
    {
        var id = TestActivities.NewId();
        var token = Identity.Issuer.MintChannelToken(BotTestSettings.AppId, BotTestSettings.ServiceUrl);

        using var response = await TestActivities.PostAsync(Bot.Client, token, TestActivities.Message(id).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(Bot.Handler.For(id));
        Assert.Equal("message", call.Route);
        Assert.Equal(TestTokens.BotFrameworkIssuer, call.Turn.Caller.Issuer.Issuer);
    }

    [Theory]
    [InlineData(EntraTokenVersion.V1)]
    [InlineData(EntraTokenVersion.V2)]
    public async Task Post_ValidEntraTokenFromHomeTenant_Returns200(EntraTokenVersion version)
    {
        var id = TestActivities.NewId();
        var token = Identity.Issuer.MintEntraChannelToken(BotTestSettings.TenantId, BotTestSettings.AppId, BotTestSettings.ServiceUrl, version);

        using var response = await TestActivities.PostAsync(Bot.Client, token, TestActivities.Message(id).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Bot.Handler.Saw(id));
    }

    [Theory]
    [InlineData("api://" + BotTestSettings.AppId)]
    [InlineData("api://botid-" + BotTestSettings.AppId)]
    public async Task Post_AlternativeAudienceForms_Returns200(string audience)
    {
        var id = TestActivities.NewId();
        var token = TestTokens.Sign(TestTokens.ChannelPayload(Now, audience: audience), Identity.Keys.BotFrameworkKey);

        using var response = await TestActivities.PostAsync(Bot.Client, token, TestActivities.Message(id).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenExpiredWithinFiveMinuteSkew_Returns200()
    {
        var payload = TestTokens.ChannelPayload(Now.AddMinutes(-10));
        payload["exp"] = Now.AddMinutes(-3).ToUnixTimeSeconds();

        await AssertAccepted(TestTokens.Sign(payload, Identity.Keys.BotFrameworkKey));
    }

    [Fact]
    public async Task Post_NoAuthorizationHeader_Returns401AndNothingProcessed()
    {
        var id = TestActivities.NewId();

        using var response = await TestActivities.PostAsync(Bot.Client, token: null, TestActivities.Message(id).ToJsonString());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.False(Bot.Handler.Saw(id));
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    public async Task Post_UnusableAuthorizationHeader_Returns401(string header)
    {
        var id = TestActivities.NewId();

        using var response = await TestActivities.PostAsync(Bot.Client, null, TestActivities.Message(id).ToJsonString(), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(Bot.Handler.Saw(id));
    }

    [Fact]
    public Task Post_ExpiredToken_Returns401()
    {
        var payload = TestTokens.ChannelPayload(Now.AddMinutes(-30));
        payload["exp"] = Now.AddMinutes(-10).ToUnixTimeSeconds();
        return AssertRefused(TestTokens.Sign(payload, Identity.Keys.BotFrameworkKey), HttpStatusCode.Unauthorized, "Lifetime");
    }

    [Fact]
    public Task Post_TokenNotYetValid_Returns401()
    {
        var payload = TestTokens.ChannelPayload(Now.AddMinutes(10));
        return AssertRefused(TestTokens.Sign(payload, Identity.Keys.BotFrameworkKey), HttpStatusCode.Unauthorized, "Lifetime");
    }

    [Fact]
    public Task Post_WrongAudience_Returns401() =>
        AssertRefused(TestTokens.Sign(TestTokens.ChannelPayload(Now, audience: "9d9c3b1a-0000-4000-8000-000000000000"), Identity.Keys.BotFrameworkKey), HttpStatusCode.Unauthorized, "Audience");

    [Fact]
    public Task Post_UntrustedIssuer_Returns401() =>
        AssertRefused(TestTokens.Sign(TestTokens.ChannelPayload(Now, issuer: "https://api.botframework.com.evil.example"), Identity.Keys.BotFrameworkKey), HttpStatusCode.Unauthorized, "not trusted");

    [Fact]
    public Task Post_EntraTokenFromForeignTenant_Returns401() =>
        AssertRefused(Identity.Issuer.MintEntraChannelToken(BotTestSettings.OtherTenantId, BotTestSettings.AppId, BotTestSettings.ServiceUrl), HttpStatusCode.Unauthorized, "not trusted");

    [Fact]
    public Task Post_BotFrameworkIssuerSignedWithEntraKey_Returns401() =>
        AssertRefused(TestTokens.Sign(TestTokens.ChannelPayload(Now), Identity.Keys.EntraKey), HttpStatusCode.Unauthorized, "Signature");

    [Fact]
    public Task Post_UnknownSigningKey_Returns401()
    {
        using var rsa = RSA.Create(2048);
        return AssertRefused(TestTokens.Sign(TestTokens.ChannelPayload(Now), new DevSigningKey(rsa)), HttpStatusCode.Unauthorized, "Signature");
    }

    [Fact]
    public Task Post_AlgNone_Returns401() =>
        AssertRefused(TestTokens.WithAlgNone(TestTokens.ChannelPayload(Now)), HttpStatusCode.Unauthorized, "Signature");

    [Fact]
    public Task Post_Hs256SignedWithThePublicKey_Returns401() =>
        AssertRefused(TestTokens.Hs256WithPublicKey(TestTokens.ChannelPayload(Now), Identity.Keys.BotFrameworkKey), HttpStatusCode.Unauthorized, "token rejected");

    [Fact]
    public Task Post_ServiceUrlClaimMismatch_Returns401() =>
        AssertRefused(TestTokens.Sign(TestTokens.ChannelPayload(Now, serviceUrl: "https://smba.trafficmanager.net/amer/"), Identity.Keys.BotFrameworkKey), HttpStatusCode.Unauthorized, "serviceurl claim does not match");

    [Fact]
    public Task Post_MissingServiceUrlClaim_Returns401() =>
        AssertRefused(TestTokens.Sign(TestTokens.ChannelPayload(Now, serviceUrl: null), Identity.Keys.BotFrameworkKey), HttpStatusCode.Unauthorized, "no serviceurl claim");

    [Fact]
    public Task Post_TamperedPayload_Returns401()
    {
        var genuine = TestTokens.Sign(TestTokens.ChannelPayload(Now, serviceUrl: "https://smba.trafficmanager.net/amer/"), Identity.Keys.BotFrameworkKey);
        return AssertRefused(TestTokens.WithPayload(genuine, TestTokens.ChannelPayload(Now)), HttpStatusCode.Unauthorized, "Signature");
    }

    [Fact]
    public async Task Post_ActivityFromTenantNotAllowed_Returns403AndNothingProcessed()
    {
        var id = TestActivities.NewId();
        var token = Identity.Issuer.MintChannelToken(BotTestSettings.AppId, BotTestSettings.ServiceUrl);

        using var response = await TestActivities.PostAsync(Bot.Client, token, TestActivities.Message(id, tenantId: BotTestSettings.OtherTenantId).ToJsonString());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(Bot.Handler.Saw(id));
    }

    [Fact]
    public async Task Post_TenantFieldsDisagree_Returns403()
    {
        var id = TestActivities.NewId();
        var activity = TestActivities.Message(id);
        activity["channelData"]!["tenant"]!["id"] = BotTestSettings.OtherTenantId;

        using var response = await TestActivities.PostAsync(Bot.Client, Identity.Issuer.MintChannelToken(BotTestSettings.AppId, BotTestSettings.ServiceUrl), activity.ToJsonString());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(Bot.Handler.Saw(id));
    }

    [Fact]
    public async Task Post_ChannelTheKeyIsNotEndorsedFor_Returns403()
    {
        var id = TestActivities.NewId();
        var token = Identity.Issuer.MintChannelToken(BotTestSettings.AppId, BotTestSettings.ServiceUrl);

        using var response = await TestActivities.PostAsync(Bot.Client, token, TestActivities.Message(id, channelId: "webchat").ToJsonString());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(Bot.Handler.Saw(id));
    }

    private async Task AssertAccepted(string token)
    {
        var id = TestActivities.NewId();
        using var response = await TestActivities.PostAsync(Bot.Client, token, TestActivities.Message(id).ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Bot.Handler.Saw(id));
    }

    private async Task AssertRefused(string token, HttpStatusCode expected, string reason)
    {
        var id = TestActivities.NewId();
        using var response = await TestActivities.PostAsync(Bot.Client, token, TestActivities.Message(id).ToJsonString());
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.False(Bot.Handler.Saw(id));
    }
}
