using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Manifest;

/// <summary>The repository's node scripts: the packager and the offline validator.</summary>
public static class ManifestTools
{
    public static Task<ProcessResult> PackageAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync("node", [DeploymentPaths.InRepository("manifest", "package.js"), .. arguments], cancellationToken: cancellationToken);

    public static Task<ProcessResult> ValidateAsync(string target, CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync("node", [DeploymentPaths.InRepository("tools", "manifest", "validate.js"), target], cancellationToken: cancellationToken);
}
