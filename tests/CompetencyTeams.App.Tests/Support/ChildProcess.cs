using System.Diagnostics;
using CompetencyTeams.TestSupport;

namespace CompetencyTeams.App.Tests.Support;

/// <summary>A built dll run by <c>dotnet</c> as a child process, its last output lines kept for failure messages.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 300;
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

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

    /// <summary>A project's dll in its build output folder beside this test project's (same artifacts root and configuration).</summary>
    public static string BuiltDll(string project)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var dll = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", project, configuration, project + ".dll"));
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{project} is not built at {dll}.");
    }

    /// <summary>
    /// Starts <c>dotnet {dll} {arguments}</c> with these environment variables, from <paramref name="workingDirectory"/>
    /// or else the repository root, as run.sh runs them (relative defaults such as the demo organisation file resolve there).
    /// </summary>
    public static ChildProcess Start(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepositoryPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dll} did not start.");
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs a command (seed-demo, provision-sharepoint) to its end and fails with its output when it does not succeed.</summary>
    public static async Task RunToEndAsync(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        await using var child = Start(dll, arguments, environment);
        using var cts = new CancellationTokenSource(timeout);
        await child._process.WaitForExitAsync(cts.Token);
        if (child._process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' exited with {child._process.ExitCode}:\n{child.Output}");
        }
    }

    /// <summary>SIGKILL: no shutdown hook, no finally block, no flush runs in the child.</summary>
    public async Task KillAsync(bool entireProcessTree = true)
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree);
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
