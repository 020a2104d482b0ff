extern alias devchannel;

using CompetencyTeams.App.Tests.Support;
using devchannel::CompetencyTeams.DevChannel.Connector;
using devchannel::CompetencyTeams.DevChannel.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

/// <summary>
/// The DevChannel's token issuer (Bot Connector signer and Entra) and Bot Connector stand-in, hosted in-process over
/// HTTPS on a free port with its own keys and certificate: the App trusts it as it would trust Teams.
/// </summary>
public sealed class DevChannelServer : IAsyncDisposable
{
    public const string AppId = "5d2a7c3e-1b4f-4a6d-9e8c-7f1a2b3c4d5e";
    public const string TenantId = "3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c";
    public const string ClientSecret = "questionnaire-tests-secret";

    private readonly WebApplication _app;

    private DevChannelServer(WebApplication app, int port)
    {
        _app = app;
        BaseUrl = $"https://localhost:{port}";
    }

    public string BaseUrl { get; }

    /// <summary>The serviceUrl of the activities: the connector stand-in.</summary>
    public string ServiceUrl => BaseUrl + "/";

    public DevTokenIssuer Issuer => _app.Services.GetRequiredService<DevTokenIssuer>();

    public ConversationStore Conversations => _app.Services.GetRequiredService<ConversationStore>();

    public string CertificatePemPath => _app.Services.GetRequiredService<DevIdentityKeys>().CertificatePemPath;

    /// <summary>A channel token for one activity, signed with the stand-in's Bot Framework key.</summary>
    public string ChannelToken() => Issuer.MintChannelToken(AppId, ServiceUrl);

    public static async Task<DevChannelServer> StartAsync()
    {
        var (app, port) = await InProcessDevChannel.StartAsync(
            "ct-questionnaire-tests",
            new Dictionary<string, string?>
            {
                ["DevChannel:Identity:Clients:0:ClientId"] = AppId,
                ["DevChannel:Identity:Clients:0:ClientSecret"] = ClientSecret,
            },
            builder => builder.Services.AddBotConnectorStandIn(),
            web => web.MapBotConnectorStandIn());
        return new DevChannelServer(app, port);
    }

    /// <summary>The App's settings that point its bot at this stand-in.</summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["Bot:MicrosoftAppId"] = AppId,
        ["Bot:TenantId"] = TenantId,
        ["Bot:ClientSecret"] = ClientSecret,
        ["Bot:AuthorityHost"] = BaseUrl,
        ["Bot:BotFrameworkOpenIdMetadataUrl"] = BaseUrl + "/v1/.well-known/openidconfiguration",
        ["Bot:EntraOpenIdMetadataUrlTemplate"] = BaseUrl + "/{tenantId}/v2.0/.well-known/openid-configuration",
        ["Bot:EntraIssuerTemplates:0"] = "https://sts.windows.net/{tenantId}/",
        ["Bot:EntraIssuerTemplates:1"] = BaseUrl + "/{tenantId}/v2.0",
        ["Bot:TrustedLocalCertificatePath"] = CertificatePemPath,
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
