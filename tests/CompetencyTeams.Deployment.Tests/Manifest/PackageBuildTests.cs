using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Manifest;

[Collection(AppPackageCollection.Name)]
public sealed class PackageBuildTests(AppPackageFixture fixture)
{
    [Fact]
    public void Package_WithSampleValues_IsWrittenToArtifactsAppPackage()
    {
        Assert.True(fixture.Build.ExitCode == 0, fixture.Build.AllOutput);
        Assert.True(File.Exists(DeploymentPaths.PackagePath));
        Assert.Contains(fixture.Values.TeamsAppId, fixture.Build.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BuiltZip_PassesTheOfficialSchemaOffline()
    {
        var result = await ManifestTools.ValidateAsync(DeploymentPaths.PackagePath);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.StartsWith("OK ", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("manifest 1.30", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_Layout_HoldsExactlyManifestLocalizationsAndIconsAtTheRoot()
    {
        Assert.Equal(PackageRules.ExpectedFiles.Order(StringComparer.Ordinal), fixture.Package.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(PackageRules.Layout(fixture.Package));
    }

    [Fact]
    public void Package_AllOwnChecks_PassForTheSampleValues()
    {
        Assert.Empty(PackageRules.Check(fixture.Package, fixture.Values));
    }

    [Fact]
    public async Task Package_BuiltTwice_IsByteForByteIdentical()
    {
        var first = File.ReadAllBytes(DeploymentPaths.PackagePath);
        var output = Path.Combine(Path.GetTempPath(), $"ct-package-{Guid.NewGuid():N}.zip");
        try
        {
            var rebuild = await ManifestTools.PackageAsync(["--config", SampleValues.ConfigPath, "--out", output]);

            Assert.True(rebuild.ExitCode == 0, rebuild.AllOutput);
            Assert.Equal(first, File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
