using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Scripts;

/// <summary>The Entra registration script cannot reach a tenant here: its dry run must print exactly the documented calls.</summary>
public sealed partial class EntraScriptTests : IDisposable
{
    private const string Domain = "competencyteams-dev.azurewebsites.net";
    private static readonly string Script = DeploymentPaths.InRepository("infra", "scripts", "register-entra-app.sh");
    private readonly string _fakeBin = Directory.CreateTempSubdirectory("ct-fake-az-").FullName;

    public EntraScriptTests()
    {
        // An `az` that records any call: a dry run must never invoke it.
        var fakeAz = Path.Combine(_fakeBin, "az");
        File.WriteAllText(fakeAz, $"#!/bin/sh\necho \"$@\" >> '{_fakeBin}/az-called'\nexit 1\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fakeAz, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => Directory.Delete(_fakeBin, recursive: true);

    [Fact]
    public async Task Syntax_BashDashN_Passes()
    {
        var result = await ProcessRunner.RunAsync("bash", ["-n", Script]);

        Assert.True(result.ExitCode == 0, result.AllOutput);
    }

    [Fact]
    public async Task DryRun_FullSetup_PrintsEveryGraphCallAndInvokesNothing()
    {
        var calls = await DryRunAsync("--domain", Domain, "--key-vault", "ctm-dev-kv", "--sharepoint-hostname", "contoso.sharepoint.com",
            "--sharepoint-site-path", "/sites/hr");

        Assert.Contains(calls, c => c.Method == "POST" && c.Url.EndsWith("/v1.0/applications", StringComparison.Ordinal)
            && c.Body!["signInAudience"]!.GetValue<string>() == "AzureADMyOrg");
        Assert.Contains(calls, c => c.Method == "POST" && c.Url.EndsWith("/v1.0/servicePrincipals", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Method == "POST" && c.Url.EndsWith("/addPassword", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_fakeBin, "az-called")), "the dry run invoked az");
    }

    [Fact]
    public async Task DryRun_ApiSettings_SetUriScopeV2TokensRolesAndPreAuthorizedTeamsClients()
    {
        var calls = await DryRunAsync("--domain", Domain, "--credential", "none");

        var patch = calls.First(c => c.Method == "PATCH" && c.Body!["identifierUris"] is not null).Body!;
        Assert.Equal($"api://{Domain}/<app-id>", patch["identifierUris"]![0]!.GetValue<string>());
        Assert.Equal(2, patch["api"]!["requestedAccessTokenVersion"]!.GetValue<int>());
        var scope = patch["api"]!["oauth2PermissionScopes"]![0]!;
        Assert.Equal("access_as_user", scope["value"]!.GetValue<string>());
        Assert.Equal(["HR.Admin", "Manager"], patch["appRoles"]!.AsArray().Select(r => r!["value"]!.GetValue<string>()));
        Assert.All(patch["appRoles"]!.AsArray(), role => Assert.Equal("User", role!["allowedMemberTypes"]![0]!.GetValue<string>()));

        var preAuthorized = calls.Single(c => c.Body?["api"]?["preAuthorizedApplications"] is not null).Body!["api"]!["preAuthorizedApplications"]!.AsArray();
        string[] teamsClients = ["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"];
        Assert.All(teamsClients, id => Assert.Contains(preAuthorized, p => p!["appId"]!.GetValue<string>() == id));
        Assert.All(preAuthorized, p => Assert.Equal(scope["id"]!.GetValue<string>(), p!["delegatedPermissionIds"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task DryRun_GraphPermissions_AreRequestedAndConsentedOneByOne()
    {
        var calls = await DryRunAsync("--domain", Domain, "--credential", "none");

        string[] permissions = ["TeamsAppInstallation.ReadWriteSelfForUser.All", "User.Read.All", "Sites.Selected"];
        var requested = calls.First(c => c.Body?["requiredResourceAccess"] is not null).Body!["requiredResourceAccess"]![0]!;
        Assert.Equal("00000003-0000-0000-c000-000000000000", requested["resourceAppId"]!.GetValue<string>());
        Assert.Equal(permissions.Select(p => $"<graph-role:{p}>"), requested["resourceAccess"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        var consents = calls.Where(c => c.Url.EndsWith("/appRoleAssignedTo", StringComparison.Ordinal)).ToList();
        Assert.Equal(permissions.Select(p => $"<graph-role:{p}>"), consents.Select(c => c.Body!["appRoleId"]!.GetValue<string>()));
        Assert.All(consents, c => Assert.Equal("<app-sp-id>", c.Body!["principalId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DryRun_SharePointGrant_ResolvesTheSiteThenGrantsWrite()
    {
        var calls = await DryRunAsync("--domain", Domain, "--credential", "none", "--sharepoint-hostname", "contoso.sharepoint.com",
            "--sharepoint-site-path", "/sites/hr");

        Assert.Contains(calls, c => c.Method == "GET" && c.Url.Contains("/v1.0/sites/contoso.sharepoint.com:/sites/hr", StringComparison.Ordinal));
        var grant = calls.Single(c => c.Method == "POST" && c.Url.EndsWith("/permissions", StringComparison.Ordinal));
        Assert.StartsWith("https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com,", grant.Url, StringComparison.Ordinal);
        Assert.Equal("write", grant.Body!["roles"]![0]!.GetValue<string>());
        Assert.Equal("<app-id>", grant.Body["grantedToIdentities"]![0]!["application"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task DryRun_SecretCredential_GoesToKeyVaultAndIsNeverPrinted()
    {
        var result = await RunAsync("--dry-run", "--domain", Domain, "--key-vault", "ctm-dev-kv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("DRY-RUN az keyvault secret set --vault-name ctm-dev-kv --name bot-app-secret --file /dev/stdin", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("<secret>", result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_FederatedCredential_TrustsTheManagedIdentity()
    {
        var calls = await DryRunAsync("--domain", Domain, "--tenant-id", "11111111-2222-3333-4444-555555555555", "--credential", "federated",
            "--managed-identity-object-id", "99999999-8888-7777-6666-555555555555");

        var credential = calls.Single(c => c.Url.EndsWith("/federatedIdentityCredentials", StringComparison.Ordinal)).Body!;
        Assert.Equal("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0", credential["issuer"]!.GetValue<string>());
        Assert.Equal("99999999-8888-7777-6666-555555555555", credential["subject"]!.GetValue<string>());
        Assert.Equal("api://AzureADTokenExchange", credential["audiences"]![0]!.GetValue<string>());
        Assert.DoesNotContain(calls, c => c.Url.EndsWith("/addPassword", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--domain", "https://app.contoso.com", "--domain must be a lower-case host name")]
    [InlineData("--domain", Domain, "--credential secret needs --key-vault")]
    public async Task Run_InvalidArguments_FailWithAClearMessage(string option, string value, string message)
    {
        var result = await RunAsync("--dry-run", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
    }

    private async Task<List<GraphCall>> DryRunAsync(params string[] arguments)
    {
        var result = await RunAsync(["--dry-run", .. arguments]);
        Assert.True(result.ExitCode == 0, result.AllOutput);
        return result.StandardOutput.Split('\n').Select(ParseCall).OfType<GraphCall>().ToList();
    }

    private Task<ProcessResult> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("bash", [Script, .. arguments], new Dictionary<string, string?>
        {
            ["PATH"] = $"{_fakeBin}:{Environment.GetEnvironmentVariable("PATH")}",
        });

    private static GraphCall? ParseCall(string line)
    {
        var match = DryRunLine().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var body = match.Groups["body"].Success ? JsonNode.Parse(match.Groups["body"].Value.Replace("'\\''", "'", StringComparison.Ordinal)) : null;
        return new GraphCall(match.Groups["method"].Value, match.Groups["url"].Value, body);
    }

    [GeneratedRegex(@"^DRY-RUN az rest --method (?<method>[A-Z]+) --url '(?<url>[^']+)'(?: --headers Content-Type=application/json --body '(?<body>.*)')?$")]
    private static partial Regex DryRunLine();

    private sealed record GraphCall(string Method, string Url, JsonNode? Body);
}
