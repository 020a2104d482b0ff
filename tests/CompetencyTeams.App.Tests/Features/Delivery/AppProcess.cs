using System.Diagnostics;

namespace CompetencyTeams.App.Tests.Features.Delivery;

/// <summary>
/// The built App (CompetencyTeams.App.dll from its own output folder) run by <c>dotnet</c> as a real child process,
/// configured through environment variables, so a test can SIGKILL it and start another.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 200;
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private AppProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the App wrote (for a failing test's message).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>The App's own output folder: built before this test project, which references it.</summary>
    public static string AppFolder
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
            var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "CompetencyTeams.App", configuration));
            return File.Exists(Path.Combine(folder, "CompetencyTeams.App.dll"))
                ? folder
                : throw new FileNotFoundException($"The App is not built in {folder}.");
        }
    }

    /// <summary>Starts the App with these settings ("Section:Key" → environment "Section__Key").</summary>
    public static AppProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        var folder = AppFolder;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "CompetencyTeams.App.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>SIGKILL: no shutdown hook, no finally block, no flush runs in the App.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > KeptOutputLines)
            {
                _output.Dequeue();
            }
        }
    }
}
