using System.Text.Json.Nodes;

namespace CompetencyTeams.Deployment.Tests.Infra;

/// <summary>The security settings the compiled template must carry; each violation is one readable line.</summary>
public static class SecurityRules
{
    public const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    public const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";

    public static IReadOnlyList<string> Check(ArmTemplate template)
    {
        var violations = new List<string>();
        violations.AddRange(Storage(template));
        violations.AddRange(WebApp(template));
        violations.AddRange(KeyVault(template));
        violations.AddRange(Monitoring(template));
        violations.AddRange(Bot(template));
        return violations;
    }

    public static IEnumerable<string> Storage(ArmTemplate template)
    {
        var accounts = template.OfType("Microsoft.Storage/storageAccounts").ToList();
        if (accounts.Count == 0)
        {
            yield return "no storage account";
        }

        foreach (var account in accounts)
        {
            foreach (var violation in Expect(account, ("properties.minimumTlsVersion", "TLS1_2"), ("properties.allowBlobPublicAccess", false),
                ("properties.supportsHttpsTrafficOnly", true), ("properties.allowSharedKeyAccess", false)))
            {
                yield return violation;
            }
        }

        var roles = template.OfType("Microsoft.Authorization/roleAssignments").Where(role => role.Module == "storage")
            .Select(role => Text(role.At("properties.roleDefinitionId")) ?? "").ToList();
        foreach (var (role, name) in new[] { (TableDataContributor, "Storage Table Data Contributor"), (QueueDataContributor, "Storage Queue Data Contributor") })
        {
            if (!roles.Any(id => id.Contains(role, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"storage: no {name} role assignment for the app identity";
            }
        }
    }

    public static IEnumerable<string> WebApp(ArmTemplate template)
    {
        var sites = template.OfType("Microsoft.Web/sites").Concat(template.OfType("Microsoft.Web/sites/slots")).ToList();
        if (sites.Count == 0)
        {
            yield return "no web app";
        }

        foreach (var site in sites)
        {
            foreach (var violation in Expect(site, ("properties.httpsOnly", true), ("identity.type", "UserAssigned"),
                ("properties.siteConfig.ftpsState", "Disabled"), ("properties.siteConfig.minTlsVersion", "1.2"),
                ("properties.siteConfig.alwaysOn", true), ("properties.siteConfig.healthCheckPath", "/healthz"),
                ("properties.siteConfig.linuxFxVersion", "DOTNETCORE|10.0")))
            {
                yield return violation;
            }
        }

        var basicAuth = template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        if (basicAuth.Count < 2 || basicAuth.Any(policy => policy.At("properties.allow")?.GetValue<bool>() != false))
        {
            yield return "web app: FTP and SCM basic authentication must both be disabled";
        }
    }

    public static IEnumerable<string> KeyVault(ArmTemplate template)
    {
        var vaults = template.OfType("Microsoft.KeyVault/vaults").ToList();
        if (vaults.Count == 0)
        {
            yield return "no key vault";
        }

        foreach (var vault in vaults)
        {
            foreach (var violation in Expect(vault, ("properties.enableRbacAuthorization", true), ("properties.enablePurgeProtection", true),
                ("properties.enableSoftDelete", true)))
            {
                yield return violation;
            }
        }
    }

    public static IEnumerable<string> Monitoring(ArmTemplate template)
    {
        if (!template.OfType("Microsoft.OperationalInsights/workspaces").Any())
        {
            yield return "no Log Analytics workspace";
        }

        var components = template.OfType("Microsoft.Insights/components").ToList();
        if (components.Count == 0 || components.Any(component => component.At("properties.WorkspaceResourceId") is null))
        {
            yield return "Application Insights must exist and be workspace-based";
        }
    }

    public static IEnumerable<string> Bot(ArmTemplate template)
    {
        var bot = template.OfType("Microsoft.BotService/botServices").SingleOrDefault();
        if (bot is null)
        {
            yield return "no Azure Bot";
            yield break;
        }

        foreach (var violation in Expect(bot, ("kind", "azurebot"), ("properties.msaAppType", "SingleTenant"), ("properties.endpoint", "[parameters('endpoint')]")))
        {
            yield return violation;
        }

        var endpoint = Text(template.ModuleParameter(bot.Module!, "endpoint"));
        var baseUrl = Text(template.Root["variables"]?["publicBaseUrl"]);
        if (endpoint != "[format('{0}/api/messages', variables('publicBaseUrl'))]" || baseUrl != "[format('https://{0}', variables('publicHostName'))]")
        {
            yield return $"bot: endpoint must be https://{{domain}}/api/messages (endpoint {endpoint}, base {baseUrl})";
        }

        var teams = template.OfType("Microsoft.BotService/botServices/channels")
            .Where(channel => Text(channel.At("properties.channelName")) == "MsTeamsChannel").ToList();
        if (teams.Count != 1 || teams[0].At("properties.properties.isEnabled")?.GetValue<bool>() != true)
        {
            yield return "bot: the Microsoft Teams channel must be enabled";
        }
    }

    private static IEnumerable<string> Expect(ArmResource resource, params (string Path, object Expected)[] expectations)
    {
        foreach (var (path, expected) in expectations)
        {
            var actual = resource.At(path);
            var matches = expected switch
            {
                bool flag => actual is JsonValue value && value.TryGetValue<bool>(out var b) && b == flag,
                string text => Text(actual) == text,
                _ => false,
            };
            if (!matches)
            {
                yield return $"{resource.Type} {resource.Name} ({resource.Module}): {path} is {actual?.ToJsonString() ?? "missing"}, expected {expected}";
            }
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
