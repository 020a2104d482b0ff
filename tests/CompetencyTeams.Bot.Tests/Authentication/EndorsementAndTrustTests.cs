using System.Net;
using CompetencyTeams.Bot.Tests.Support;

namespace CompetencyTeams.Bot.Tests.Authentication;

/// <summary>Cases that need their own issuer or bot configuration.</summary>
public sealed class EndorsementAndTrustTests
{
    [Fact]
    public async Task Post_KeyNotEndorsedForMsTeams_Returns403AndNothingProcessed()
    {
        await using var identity = await IdentityHost.StartAsync(endorsements: ["webchat", "directline"]);
        await using var bot = await BotHost.StartAsync(BotTestSettings.For(identity));
        var id = TestActivities.NewId();

        using var response = await TestActivities.PostAsync(bot.Client, identity.Issuer.MintChannelToken(BotTestSettings.AppId, BotTestSettings.ServiceUrl), TestActivities.Message(id).ToJsonString());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(bot.Handler.Saw(id));
    }

    [Fact]
    public async Task Post_LocalCertificateNotConfigured_Returns503BecauseMetadataIsUntrusted()
    {
        await using var identity = await IdentityHost.StartAsync();
        await using var bot = await BotHost.StartAsync(BotTestSettings.For(identity, trustCertificate: false));
        var id = TestActivities.NewId();

        using var response = await TestActivities.PostAsync(bot.Client, identity.Issuer.MintChannelToken(BotTestSettings.AppId, BotTestSettings.ServiceUrl), TestActivities.Message(id).ToJsonString());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(bot.Handler.Saw(id));
        Assert.Equal(0, identity.RequestsTo("/v1/.well-known/keys"));
    }

    [Fact]
    public async Task Post_ManyRequests_FetchMetadataAndKeysOnce()
    {
        await using var identity = await IdentityHost.StartAsync();
        await using var bot = await BotHost.StartAsync(BotTestSettings.For(identity));

        for (var i = 0; i < 5; i++)
        {
            using var response = await TestActivities.PostAsync(bot.Client, identity.Issuer.MintChannelToken(BotTestSettings.AppId, BotTestSettings.ServiceUrl), TestActivities.Message(TestActivities.NewId()).ToJsonString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, identity.RequestsTo("/v1/.well-known/openidconfiguration"));
        Assert.Equal(1, identity.RequestsTo("/v1/.well-known/keys"));
    }
}
