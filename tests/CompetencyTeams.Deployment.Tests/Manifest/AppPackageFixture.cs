using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Manifest;

/// <summary>Builds the package once with the sample values, where ./test.sh and the guide expect it.</summary>
public sealed class AppPackageFixture : IAsyncLifetime
{
    public ProcessResult Build { get; private set; } = new(-1, "", "");

    public AppPackage Package { get; private set; } = new(new Dictionary<string, byte[]>());

    public SampleValues Values { get; } = SampleValues.Load();

    public async Task InitializeAsync()
    {
        if (File.Exists(DeploymentPaths.PackagePath))
        {
            File.Delete(DeploymentPaths.PackagePath);
        }

        Build = await ManifestTools.PackageAsync(["--config", SampleValues.ConfigPath, "--out", DeploymentPaths.PackagePath]);
        if (Build.ExitCode == 0)
        {
            Package = AppPackage.Load(DeploymentPaths.PackagePath);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class AppPackageCollection : ICollectionFixture<AppPackageFixture>
{
    public const string Name = "Teams app package";
}
