using CompetencyTeams.App.Tests.Support;

namespace CompetencyTeams.App.Tests.Features.Delivery;

/// <summary>
/// The built App (CompetencyTeams.App.dll from its own output folder) run by <c>dotnet</c> as a real child process,
/// configured through environment variables, so a test can SIGKILL it and start another.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private AppProcess(ChildProcess process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the App wrote (for a failing test's message).</summary>
    public string Output => _process.Output;

    /// <summary>Starts the App with these settings ("Section:Key" → environment "Section__Key").</summary>
    public static AppProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var dll = ChildProcess.BuiltDll("CompetencyTeams.App");
        return new AppProcess(ChildProcess.Start(dll, [], environment, Path.GetDirectoryName(dll)));
    }

    /// <summary>SIGKILL of the App alone: no shutdown hook, no finally block, no flush runs in it.</summary>
    public Task KillAsync() => _process.KillAsync(entireProcessTree: false);

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
