using CompetencyTeams.Bot.Authentication;

namespace CompetencyTeams.Bot.Tests.Authentication;

public sealed class BotOptionsValidatorTests
{
    private static BotOptions Valid() => new() { MicrosoftAppId = "app", TenantId = "tenant", ClientSecret = "secret" };

    [Fact]
    public void Validate_ProductionDefaults_Succeeds() =>
        Assert.True(new BotOptionsValidator().Validate(null, Valid()).Succeeded);

    [Theory]
    [InlineData("http://localhost:5443/v1/.well-known/openidconfiguration")]
    [InlineData("not a url")]
    public void Validate_MetadataNotHttps_Fails(string url)
    {
        var options = Valid();
        options.BotFrameworkOpenIdMetadataUrl = url;

        var result = new BotOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Bot:BotFrameworkOpenIdMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpAuthorityHost_Fails()
    {
        var options = Valid();
        options.AuthorityHost = "http://localhost:5443";

        Assert.Contains("Bot:AuthorityHost", new BotOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IssuerTemplateWithoutTenantPlaceholder_Fails()
    {
        var options = Valid();
        options.EntraIssuerTemplates = ["https://sts.windows.net/fixed/"];

        Assert.Contains("Bot:EntraIssuerTemplates", new BotOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ClientSecretMissing_FailsUnlessManagedIdentity()
    {
        var options = Valid();
        options.ClientSecret = null;
        Assert.True(new BotOptionsValidator().Validate(null, options).Failed);

        options.CredentialType = BotCredentialType.ManagedIdentity;
        Assert.True(new BotOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_MissingTrustedCertificateFile_Fails()
    {
        var options = Valid();
        options.TrustedLocalCertificatePath = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pem");

        Assert.Contains("Bot:TrustedLocalCertificatePath", new BotOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedTenants_NotConfigured_AreTheHomeTenantOnly() =>
        Assert.Equal(["tenant"], Valid().EffectiveAllowedTenantIds);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea", true)]
    [InlineData("https://SMBA.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://evil.example/emea/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", null, false)]
    public void ServiceUrlsMatch_ComparesTheWholeAddress(string claim, string? activityServiceUrl, bool expected) =>
        Assert.Equal(expected, ActivityAuthorizer.ServiceUrlsMatch(claim, activityServiceUrl));
}
