using CompetencyTeams.Deployment.Tests.Manifest;
using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Docs;

/// <summary>The guide's offline commands are run exactly as written (same collection as the package: same output path).</summary>
[Collection(AppPackageCollection.Name)]
public sealed class DeploymentGuideTests
{
    private const string OfflineMarker = "(runs offline)";
    private static readonly string Guide = DeploymentPaths.InRepository("docs", "deployment.md");

    [Fact]
    public void Guide_OfflineBlocks_CoverTheBicepBuildAndThePackage()
    {
        var blocks = OfflineBlocks();

        Assert.Contains(blocks, block => block.Contains("build infra/main.bicep", StringComparison.Ordinal));
        Assert.Contains(blocks, block => block.Contains("build-params infra/parameters/prod.bicepparam", StringComparison.Ordinal));
        Assert.Contains(blocks, block => block.Contains("node manifest/package.js", StringComparison.Ordinal));
        Assert.Contains(blocks, block => block.Contains("node tools/manifest/validate.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Guide_EveryOfflineBlock_RunsWithoutErrorAsWritten()
    {
        foreach (var block in OfflineBlocks())
        {
            var result = await ProcessRunner.RunAsync("bash", ["-euo", "pipefail", "-c", block], timeout: TimeSpan.FromMinutes(4));

            Assert.True(result.ExitCode == 0, $"{block}\n---\n{result.AllOutput}");
        }
    }

    [Fact]
    public void Guide_ScriptsItNames_Exist()
    {
        var text = File.ReadAllText(Guide);

        foreach (var path in new[] { "infra/scripts/register-entra-app.sh", "infra/scripts/tables-backup.sh", "manifest/package.js",
            "tools/manifest/validate.js", "infra/parameters/prod.bicepparam", "infra/parameters/dev.bicepparam", "docs/operations.md" })
        {
            Assert.Contains(path, text, StringComparison.Ordinal);
            Assert.True(File.Exists(DeploymentPaths.InRepository(path.Split('/'))), path);
        }
    }

    private static List<string> OfflineBlocks()
    {
        var lines = File.ReadAllLines(Guide);
        var blocks = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            // A heading or sentence that ends with the marker introduces the block that follows it.
            if (!lines[i].TrimEnd().TrimEnd(':').EndsWith(OfflineMarker, StringComparison.Ordinal))
            {
                continue;
            }

            var start = Array.FindIndex(lines, i + 1, line => line.TrimStart().StartsWith("```bash", StringComparison.Ordinal));
            var end = Array.FindIndex(lines, start + 1, line => line.TrimStart().StartsWith("```", StringComparison.Ordinal));
            blocks.Add(string.Join('\n', lines[(start + 1)..end]));
        }

        return blocks;
    }
}
