using System.Reflection;

namespace CompetencyTeams.Deployment.Tests.Support;

/// <summary>Where the checkout, the Bicep CLI and the package under test are.</summary>
public static class DeploymentPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string BicepPath { get; } = Metadata("BicepPath");

    public static string PackagePath => InRepository("artifacts", "appPackage", "CompetencyTeams.zip");

    public static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    private static string Metadata(string key) =>
        typeof(DeploymentPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing (see the test project's csproj).");
}
