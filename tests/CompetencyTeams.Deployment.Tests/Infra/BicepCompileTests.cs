namespace CompetencyTeams.Deployment.Tests.Infra;

[Collection(CompiledTemplateCollection.Name)]
public sealed class BicepCompileTests(CompiledTemplateFixture fixture)
{
    [Fact]
    public void Build_MainBicep_SucceedsWithoutAnyWarning()
    {
        Assert.True(fixture.Build.ExitCode == 0, fixture.Build.AllOutput);
        Assert.Equal("", fixture.Build.StandardOutput.Trim());
        Assert.Equal("", fixture.Build.StandardError.Trim());
        Assert.NotEmpty(fixture.CompiledJson);
    }

    [Fact]
    public void Outputs_ForTheManifest_AreDeclared()
    {
        var outputs = fixture.Parse().Root["outputs"]!.AsObject();
        var manifestValues = outputs["manifestValues"]!["value"]!.AsObject();

        Assert.Equal(["botId", "clientId", "domain", "teamsAppId"], manifestValues.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Equal("[variables('publicHostName')]", manifestValues["domain"]!.GetValue<string>());
        Assert.All(["publicHostName", "botEndpoint", "applicationIdUri", "keyVaultName", "webAppName"], name => Assert.True(outputs.ContainsKey(name), name));
    }

    [Theory]
    [InlineData("Bot__MicrosoftAppId")]
    [InlineData("Bot__TenantId")]
    [InlineData("Bot__ClientSecret")]
    [InlineData("Tab__ClientId")]
    [InlineData("Tab__ApplicationIdUri")]
    [InlineData("App__PublicBaseUrl")]
    [InlineData("Storage__TableServiceUri")]
    [InlineData("Storage__QueueServiceUri")]
    [InlineData("Storage__ManagedIdentityClientId")]
    [InlineData("SharePoint__SiteHostname")]
    [InlineData("SharePoint__SitePath")]
    [InlineData("Teams__AppId")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    public void AppSettings_OfTheWebApp_SetEveryConfigurationKeyOfTheApp(string setting)
    {
        var settings = fixture.Parse().ModuleParameter("webApp", "appSettings")!.AsArray();

        Assert.Contains(settings, entry => entry!["name"]!.GetValue<string>() == setting);
    }

    [Fact]
    public void ClientSecret_IsAKeyVaultReferenceNeverALiteral()
    {
        var settings = fixture.Parse().ModuleParameter("webApp", "appSettings")!.AsArray();
        var secret = settings.Single(entry => entry!["name"]!.GetValue<string>() == "Bot__ClientSecret")!["value"]!.GetValue<string>();

        Assert.Contains("@Microsoft.KeyVault(VaultName=", secret, StringComparison.Ordinal);
    }
}
