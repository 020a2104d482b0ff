using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Infra;

/// <summary>The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package.</summary>
public static class BicepCli
{
    public static async Task<ProcessResult> RunAsync(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        CancellationToken cancellationToken = default)
    {
        EnsureExecutable();
        return await ProcessRunner.RunAsync(DeploymentPaths.BicepPath, arguments, environment, TimeSpan.FromMinutes(3), cancellationToken);
    }

    // NuGet extracts the package without the executable bit on some machines.
    private static void EnsureExecutable()
    {
        if (!File.Exists(DeploymentPaths.BicepPath))
        {
            throw new FileNotFoundException("The Bicep CLI is missing from the NuGet package folder; run dotnet restore.", DeploymentPaths.BicepPath);
        }

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(DeploymentPaths.BicepPath);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(DeploymentPaths.BicepPath, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
