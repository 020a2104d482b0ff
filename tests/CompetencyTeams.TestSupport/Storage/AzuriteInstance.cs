using System.Diagnostics;
using System.Text;

namespace CompetencyTeams.TestSupport.Storage;

/// <summary>
/// A real Azurite process (the npm package pinned in package.json) on free loopback ports.
/// It can be stopped and started again on the same ports, with its data kept when a data folder is used,
/// so tests can take storage away mid-operation and bring it back.
/// </summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string? _dataFolder;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private AzuriteInstance(int blobPort, int queuePort, int tablePort, string? dataFolder)
    {
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        _dataFolder = dataFolder;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public bool IsRunning => _process is { HasExited: false };

    public string ConnectionString => BuildConnectionString(BlobPort, QueuePort, TablePort);

    public static string BuildConnectionString(int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";

    /// <summary>Starts Azurite. With <paramref name="persistent"/> its data lives in a temporary folder and survives a restart.</summary>
    public static async Task<AzuriteInstance> StartAsync(bool persistent = false, CancellationToken cancellationToken = default)
    {
        var dataFolder = persistent ? Directory.CreateTempSubdirectory("azurite-").FullName : null;
        var instance = new AzuriteInstance(FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), dataFolder);
        await instance.StartAgainAsync(cancellationToken);
        return instance;
    }

    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            return;
        }

        var entry = RepositoryPaths.InRepository("node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(entry))
        {
            throw new InvalidOperationException($"Azurite is not installed ({entry} missing). Run 'npm ci' at the repository root, or ./test.sh which does it.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.RepositoryRoot,
        };
        foreach (var arg in Arguments())
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Insert(0, entry);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (!await AllPortsListeningAsync(timeout.Token))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}: {Output}");
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>
    /// Takes storage away. Azurite writes its data folder every few seconds, so a SIGKILL loses recent writes; an
    /// outage test wants the service gone, not the data, hence SIGTERM (Azurite flushes and exits) by default.
    /// </summary>
    public async Task StopAsync(bool graceful = true)
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            if (graceful && Signals.Terminate(_process.Id))
            {
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                try
                {
                    await _process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
            else
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(graceful: false);
        if (_dataFolder is not null)
        {
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    private IEnumerable<string> Arguments()
    {
        yield return "--silent";
        yield return "--skipApiVersionCheck";
        yield return "--loose";
        yield return "--disableTelemetry";
        yield return "--blobHost";
        yield return "127.0.0.1";
        yield return "--blobPort";
        yield return BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--queueHost";
        yield return "127.0.0.1";
        yield return "--queuePort";
        yield return QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--tableHost";
        yield return "127.0.0.1";
        yield return "--tablePort";
        yield return TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_dataFolder is null)
        {
            yield return "--inMemoryPersistence";
        }
        else
        {
            yield return "--location";
            yield return _dataFolder;
        }
    }

    private async Task<bool> AllPortsListeningAsync(CancellationToken cancellationToken) =>
        await FreePorts.IsListeningAsync(TablePort, cancellationToken)
        && await FreePorts.IsListeningAsync(QueuePort, cancellationToken)
        && await FreePorts.IsListeningAsync(BlobPort, cancellationToken);

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
