using System.Text.Json.Nodes;
using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Scripts;

/// <summary>
/// The Entra script for real (not dry run) against an `az` stand-in that answers with Microsoft Graph's documented
/// response shapes: ids flow from one call to the next, the secret only travels through stdin, a replication 404 is retried.
/// </summary>
public sealed class EntraScriptRealModeTests(EntraScriptRealModeTests.SuccessfulRun run) : IClassFixture<EntraScriptRealModeTests.SuccessfulRun>
{
    private const string Secret = "s3cr3t-VALUE-never-printed";

    [Fact]
    public void Run_NewApp_ChainsIdsFromGraphAnswersAndFinishesWithTheExports()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.AllOutput);
        Assert.Contains("export CT_BOT_APP_ID=aaaaaaaa-1111-2222-3333-444444444444", run.Result.StandardOutput, StringComparison.Ordinal);
        var calls = run.StandIn.Calls();
        var patch = calls.First(c => Method(c) == "PATCH")["body"]!;
        Assert.Equal("api://app.contoso.com/aaaaaaaa-1111-2222-3333-444444444444", patch["identifierUris"]![0]!.GetValue<string>());
        Assert.Equal(["role-sites-selected", "role-teams-install-self", "role-user-read-all"],
            patch["requiredResourceAccess"]![0]!["resourceAccess"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Contains(calls, c => Url(c) == "https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com,site-guid,web-guid/permissions");
    }

    [Fact]
    public void Run_ConsentAlreadyGivenForOnePermission_GrantsOnlyTheOthers()
    {
        var consents = run.StandIn.Calls().Where(c => Url(c).EndsWith("/appRoleAssignedTo", StringComparison.Ordinal))
            .Select(c => c["body"]!["appRoleId"]!.GetValue<string>());

        Assert.Equal(["role-sites-selected", "role-teams-install-self"], consents.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_SecretCredential_ReachesKeyVaultThroughStdinOnly()
    {
        var keyVault = run.StandIn.Calls().Single(c => c["command"]!.GetValue<string>() == "keyvault");

        Assert.Equal(Secret, keyVault["stdin"]!.GetValue<string>());
        Assert.DoesNotContain(keyVault["args"]!.AsArray(), a => a!.GetValue<string>().Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, run.Result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PatchFailsOnceLikeAReplicationDelay_IsRetriedAndSucceeds()
    {
        using var standIn = new GraphStandIn();

        var result = await standIn.RunScriptAsync(failOnce: "PATCH");

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("retrying PATCH", result.StandardError, StringComparison.Ordinal);
        Assert.Single(standIn.Calls(includeFailed: true), c => c["failed"] is not null);
        Assert.Equal(2, standIn.Calls().Count(c => Method(c) == "PATCH"));
    }

    [Fact]
    public async Task Run_CreatingTheAppFails_StopsWithoutRetryingOrContinuing()
    {
        using var standIn = new GraphStandIn();

        var result = await standIn.RunScriptAsync(failOnce: "POST https://graph.microsoft.com/v1.0/applications");

        Assert.Equal(1, result.ExitCode);
        var calls = standIn.Calls(includeFailed: true);
        Assert.Single(calls, c => Method(c) == "POST");
        Assert.DoesNotContain(calls, c => Method(c) == "PATCH");
    }

    private static string? Method(JsonNode call) => call["method"]?.GetValue<string>();

    private static string Url(JsonNode call) => call["url"]?.GetValue<string>() ?? "";

    /// <summary>One successful run shared by the tests that only read its calls.</summary>
    public sealed class SuccessfulRun : IAsyncLifetime
    {
        public GraphStandIn StandIn { get; } = new();

        public ProcessResult Result { get; private set; } = new(-1, "", "");

        public async Task InitializeAsync() => Result = await StandIn.RunScriptAsync();

        public Task DisposeAsync()
        {
            StandIn.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>A PATH folder whose `az` is Scripts/fake-az.js, with the log of what it was asked.</summary>
    public sealed class GraphStandIn : IDisposable
    {
        private readonly string _bin = Directory.CreateTempSubdirectory("ct-graph-standin-").FullName;

        public GraphStandIn()
        {
            var az = Path.Combine(_bin, "az");
            File.Copy(DeploymentPaths.InRepository("tests", "CompetencyTeams.Deployment.Tests", "Scripts", "fake-az.js"), az);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        private string LogPath => Path.Combine(_bin, "calls.jsonl");

        public Task<ProcessResult> RunScriptAsync(string? failOnce = null) =>
            ProcessRunner.RunAsync("bash",
                [DeploymentPaths.InRepository("infra", "scripts", "register-entra-app.sh"), "--domain", "app.contoso.com", "--key-vault", "kv1",
                    "--sharepoint-hostname", "contoso.sharepoint.com", "--sharepoint-site-path", "/sites/hr"],
                new Dictionary<string, string?>
                {
                    ["PATH"] = $"{_bin}:{Environment.GetEnvironmentVariable("PATH")}",
                    ["FAKE_AZ_LOG"] = LogPath,
                    ["FAKE_AZ_FAIL_ONCE"] = failOnce,
                    ["CT_ENTRA_RETRY_SECONDS"] = "0",
                });

        public List<JsonNode> Calls(bool includeFailed = false) =>
            File.ReadAllLines(LogPath).Select(line => JsonNode.Parse(line)!).Where(c => includeFailed || c["failed"] is null).ToList();

        public void Dispose() => Directory.Delete(_bin, recursive: true);
    }
}
