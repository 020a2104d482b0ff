using System.Text.Json.Nodes;

namespace CompetencyTeams.Deployment.Tests.Infra;

[Collection(CompiledTemplateCollection.Name)]
public sealed class SecuritySettingsTests(CompiledTemplateFixture fixture)
{
    [Fact]
    public void CompiledTemplate_EverySecurityRule_Holds()
    {
        Assert.Empty(SecurityRules.Check(fixture.Parse()));
    }

    [Fact]
    public void Storage_Account_IsTls12HttpsOnlyPrivateAndKeyless()
    {
        var account = fixture.Parse().OfType("Microsoft.Storage/storageAccounts").Single();

        Assert.Equal("TLS1_2", account.At("properties.minimumTlsVersion")!.GetValue<string>());
        Assert.False(account.At("properties.allowBlobPublicAccess")!.GetValue<bool>());
        Assert.True(account.At("properties.supportsHttpsTrafficOnly")!.GetValue<bool>());
        Assert.False(account.At("properties.allowSharedKeyAccess")!.GetValue<bool>());
    }

    [Fact]
    public void WebApp_SiteConfig_IsDotnet10AlwaysOnWithHealthCheckAndNoFtp()
    {
        var site = fixture.Parse().OfType("Microsoft.Web/sites").Single();

        Assert.True(site.At("properties.httpsOnly")!.GetValue<bool>());
        Assert.Equal("DOTNETCORE|10.0", site.At("properties.siteConfig.linuxFxVersion")!.GetValue<string>());
        Assert.True(site.At("properties.siteConfig.alwaysOn")!.GetValue<bool>());
        Assert.Equal("/healthz", site.At("properties.siteConfig.healthCheckPath")!.GetValue<string>());
        Assert.Equal("Disabled", site.At("properties.siteConfig.ftpsState")!.GetValue<string>());
        Assert.Equal("1.2", site.At("properties.siteConfig.minTlsVersion")!.GetValue<string>());
        Assert.Equal("UserAssigned", site.At("identity.type")!.GetValue<string>());
    }

    [Fact]
    public void Identity_RoleAssignments_GrantTableAndQueueDataContributor()
    {
        var roles = fixture.Parse().OfType("Microsoft.Authorization/roleAssignments")
            .Select(role => role.At("properties.roleDefinitionId")!.GetValue<string>()).ToList();

        Assert.Contains(roles, id => id.Contains(SecurityRules.TableDataContributor, StringComparison.Ordinal));
        Assert.Contains(roles, id => id.Contains(SecurityRules.QueueDataContributor, StringComparison.Ordinal));
    }

    [Fact]
    public void KeyVault_UsesRbacWithPurgeProtection()
    {
        var vault = fixture.Parse().OfType("Microsoft.KeyVault/vaults").Single();

        Assert.True(vault.At("properties.enableRbacAuthorization")!.GetValue<bool>());
        Assert.True(vault.At("properties.enablePurgeProtection")!.GetValue<bool>());
    }

    [Fact]
    public void Bot_IsSingleTenantWithTheTeamsChannelOnTheAppEndpoint()
    {
        var template = fixture.Parse();

        Assert.Empty(SecurityRules.Bot(template));
        Assert.Equal("SingleTenant", template.OfType("Microsoft.BotService/botServices").Single().At("properties.msaAppType")!.GetValue<string>());
        Assert.Single(template.OfType("Microsoft.BotService/botServices/channels"));
    }

    [Theory]
    [InlineData("Microsoft.Storage/storageAccounts", "properties.allowBlobPublicAccess", true, "allowBlobPublicAccess")]
    [InlineData("Microsoft.Storage/storageAccounts", "properties.minimumTlsVersion", "TLS1_0", "minimumTlsVersion")]
    [InlineData("Microsoft.Storage/storageAccounts", "properties.allowSharedKeyAccess", true, "allowSharedKeyAccess")]
    [InlineData("Microsoft.Web/sites", "properties.httpsOnly", false, "httpsOnly")]
    [InlineData("Microsoft.KeyVault/vaults", "properties.enablePurgeProtection", false, "enablePurgeProtection")]
    [InlineData("Microsoft.BotService/botServices", "properties.msaAppType", "MultiTenant", "msaAppType")]
    public void Rules_TamperedSetting_AreReported(string type, string path, object value, string expectedInViolation)
    {
        var template = fixture.Parse();
        var resource = template.OfType(type).First();
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate((JsonNode)resource.Body, (node, part) => node[part]!);
        parent[parts[^1]] = JsonValue.Create(value);

        Assert.Contains(SecurityRules.Check(template), violation => violation.Contains(expectedInViolation, StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_HealthCheckRemovedFromTheSharedSiteConfig_AreReported()
    {
        var template = fixture.Parse();
        var webApp = template.OfType("Microsoft.Resources/deployments").Single(module => module.Name == "webApp");
        webApp.Body["properties"]!["template"]!["variables"]!["siteConfig"]!.AsObject().Remove("healthCheckPath");

        Assert.Contains(SecurityRules.Check(template), violation => violation.Contains("healthCheckPath", StringComparison.Ordinal));
    }
}
