using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;
using CompetencyTeams.Bot.Authentication;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Auth;

/// <summary>
/// The App started with production settings (environment Production, appsettings.json, Microsoft's metadata addresses)
/// trusts none of the DevChannel's issuers: its channel tokens, Entra-style channel tokens and tab tokens are all refused,
/// while a token signed by the key Bot Framework's metadata publishes is accepted — so the refusals are about trust.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProductionTrustTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string BotAppId = DevChannelServer.AppId;
    private readonly MicrosoftIdentityStandIn _microsoft = new();
    private DevChannelServer _devChannel = null!;
    private TabDevChannel _tabDevChannel = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _devChannel = await DevChannelServer.StartAsync();
        _tabDevChannel = await TabDevChannel.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("Storage:ConnectionString", azurite.ConnectionString);
            host.UseSetting("Storage:Prefix", azurite.NewPrefix());
            host.UseSetting("Bot:MicrosoftAppId", BotAppId);
            host.UseSetting("Bot:TenantId", DevChannelServer.TenantId);
            host.UseSetting("Bot:ClientSecret", "production-secret-from-key-vault");
            host.UseSetting("Tab:ClientId", TabDevChannel.TabClientId);
            host.ConfigureTestServices(services => services.AddHttpClient(OpenIdMetadataCache.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => _microsoft));
        });
        _client = _factory.CreateClient();
        await Task.CompletedTask;
    }

    [Fact]
    public async Task BotFrameworkStyleTokenSignedByTheDevChannel_Returns401()
    {
        using var response = await PostActivityAsync(_devChannel.ChannelToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task EntraStyleTokenFromTheDevChannelIssuer_Returns401()
    {
        var token = _devChannel.Issuer.MintEntraChannelToken(DevChannelServer.TenantId, BotAppId, _devChannel.ServiceUrl);

        using var response = await PostActivityAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TabTokenFromTheDevChannel_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tab/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tabDevChannel.Token(TabOrganisation.Hr, "HR.Admin"));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenSignedWithTheKeyBotFrameworkPublishes_IsAccepted()
    {
        using var response = await PostActivityAsync(_microsoft.ChannelToken(BotAppId, _devChannel.ServiceUrl, TimeProvider.System.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LocalCertificateTrustInProduction_StopsTheStart()
    {
        await using var factory = _factory.WithWebHostBuilder(host => host.UseSetting("Bot:TrustedLocalCertificatePath", _devChannel.CertificatePemPath));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("TrustedLocalCertificatePath", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostActivityAsync(string token)
    {
        var agent = new Agent("00000000-0000-4000-8000-00000000aa01", "29:prod-trust");
        var activity = FlowActivities.Invoke(agent, _devChannel.ServiceUrl, "a:prod-trust", "refresh", FlowActivities.CampaignData("no-such-campaign"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _devChannel.DisposeAsync();
        await _tabDevChannel.DisposeAsync();
        _microsoft.Dispose();
    }
}
