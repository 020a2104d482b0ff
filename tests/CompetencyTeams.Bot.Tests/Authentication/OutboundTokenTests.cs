using CompetencyTeams.Bot.Authentication;
using CompetencyTeams.Bot.Hosting;
using CompetencyTeams.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;

namespace CompetencyTeams.Bot.Tests.Authentication;

/// <summary>MSAL client credentials against the DevChannel's Entra stand-in, over HTTPS trusted by configuration only.</summary>
public sealed class OutboundTokenTests : IAsyncLifetime
{
    private const string TokenPath = "/oauth2/v2.0/token";

    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task GetTokenAsync_ClientSecret_ReturnsATokenForTheBotFrameworkScope()
    {
        var provider = Provider(BotTestSettings.For(_identity));

        var token = await provider.GetTokenAsync(CancellationToken.None);

        var claims = _identity.Issuer.ValidateAccessToken(token, BotTestSettings.TenantId, "https://api.botframework.com");
        Assert.NotNull(claims);
        Assert.Equal(BotTestSettings.AppId, claims["azp"]!.GetValue<string>());
        Assert.Equal(1, _identity.RequestsTo($"/{BotTestSettings.TenantId}{TokenPath}"));
    }

    [Fact]
    public async Task GetTokenAsync_CalledAgain_IsServedFromTheCache()
    {
        var provider = Provider(BotTestSettings.For(_identity));

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(1, _identity.RequestsTo(TokenPath));
    }

    [Fact]
    public async Task GetTokenAsync_WrongSecret_FailsWithInvalidClient()
    {
        var settings = BotTestSettings.For(_identity);
        settings["Bot:ClientSecret"] = "wrong";

        var error = await Assert.ThrowsAsync<MsalServiceException>(() => Provider(settings).GetTokenAsync(CancellationToken.None));

        Assert.Equal("invalid_client", error.ErrorCode);
    }

    [Fact]
    public async Task GetTokenAsync_LocalCertificateNotTrusted_FailsWithoutReachingTheEndpoint()
    {
        var provider = Provider(BotTestSettings.For(_identity, trustCertificate: false));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.IsType<System.Security.Authentication.AuthenticationException>(error.InnerException);
        Assert.Equal(0, _identity.RequestsTo(TokenPath));
    }

    private static IBotTokenProvider Provider(IDictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddBotConnector();
        return services.BuildServiceProvider().GetRequiredService<IBotTokenProvider>();
    }
}
