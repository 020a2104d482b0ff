namespace CompetencyTeams.Bot.Tests.Support;

/// <summary>The identities used across the tests; tenant and service URL match the JSON fixtures.</summary>
public static class BotTestSettings
{
    public const string AppId = "3b1f5a8e-7c2d-4e91-9a6b-0d4c8e2f1a77";
    public const string TenantId = "8f2c6d1e-4b7a-4c3e-9d15-2a6e0b9f7c41";
    public const string OtherTenantId = "11111111-2222-4333-8444-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    /// <summary>The configuration that points the bot at a local issuer, trusting its certificate.</summary>
    public static Dictionary<string, string?> For(IdentityHost identity, bool trustCertificate = true) => new()
    {
        ["Bot:MicrosoftAppId"] = AppId,
        ["Bot:TenantId"] = TenantId,
        ["Bot:ClientSecret"] = IdentityHost.ClientSecret,
        ["Bot:AuthorityHost"] = identity.BaseUrl,
        ["Bot:BotFrameworkOpenIdMetadataUrl"] = identity.BaseUrl + "/v1/.well-known/openidconfiguration",
        ["Bot:EntraOpenIdMetadataUrlTemplate"] = identity.BaseUrl + "/{tenantId}/v2.0/.well-known/openid-configuration",
        ["Bot:EntraIssuerTemplates:0"] = "https://sts.windows.net/{tenantId}/",
        ["Bot:EntraIssuerTemplates:1"] = identity.BaseUrl + "/{tenantId}/v2.0",
        ["Bot:TrustedLocalCertificatePath"] = trustCertificate ? identity.CertificatePemPath : null,
    };
}
