using System.Text.Json.Nodes;

namespace CompetencyTeams.Deployment.Tests.Infra;

public sealed class ParametersFileTests
{
    private static readonly Dictionary<string, string?> Ids = new()
    {
        ["CT_BOT_APP_ID"] = "0b5d6f7a-8c9d-4e0f-a1b2-c3d4e5f6a7b8",
        ["CT_TEAMS_APP_ID"] = "6f1c9e32-4a8b-4d4e-9b7a-2c3d4e5f6a7b",
        ["CT_SHAREPOINT_HOSTNAME"] = "contoso.sharepoint.com",
        ["CT_SHAREPOINT_SITE_PATH"] = "/sites/hr",
    };

    [Theory]
    [InlineData("dev", "B1", false)]
    [InlineData("prod", "P1v3", true)]
    public async Task BuildParams_EachEnvironment_CompilesWithoutWarningsAndCarriesItsChoices(string environment, string sku, bool slot)
    {
        var result = await BicepCli.RunAsync(["build-params", ParametersFile(environment), "--stdout"], Ids);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Equal("", result.StandardError.Trim());
        var parameters = JsonNode.Parse(JsonNode.Parse(result.StandardOutput)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
        Assert.Equal(environment, parameters["environmentName"]!["value"]!.GetValue<string>());
        Assert.Equal(sku, parameters["appServiceSku"]!["value"]!.GetValue<string>());
        Assert.Equal(slot, parameters["deployStagingSlot"]!["value"]!.GetValue<bool>());
        Assert.Equal(Ids["CT_BOT_APP_ID"], parameters["botAppId"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task BuildParams_WithoutTheIds_FailsRatherThanDeployingPlaceholders()
    {
        var unset = Ids.ToDictionary(pair => pair.Key, _ => (string?)null);

        var result = await BicepCli.RunAsync(["build-params", ParametersFile("prod"), "--stdout"], unset);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("CT_BOT_APP_ID", result.StandardError, StringComparison.Ordinal);
    }

    private static string ParametersFile(string environment) =>
        Support.DeploymentPaths.InRepository("infra", "parameters", $"{environment}.bicepparam");
}
