using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// Takes table storage away from an in-process App without stopping Azurite: while <see cref="Down"/>, every request
/// fails as an unreachable host does, through the real repositories and their fault translation (no SDK retries);
/// while <see cref="Stalled"/>, every request waits without an answer until its caller gives up or the stall ends.
/// </summary>
public sealed class StorageSwitch : HttpPipelinePolicy
{
    private TaskCompletionSource? _stall;

    public bool Down { get; set; }

    public bool Stalled
    {
        get => _stall is not null;
        set
        {
            if (value)
            {
                _stall ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else
            {
                Interlocked.Exchange(ref _stall, null)?.TrySetResult();
            }
        }
    }

    /// <summary>Replaces the App's table client with one on the same storage that goes through this switch.</summary>
    public Action<IServiceCollection> InstallOn(string connectionString) => services =>
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        services.AddSingleton(new TableServiceClient(connectionString, options));
    };

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfDown();
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfDown();
        if (_stall is { } stall)
        {
            await stall.Task.WaitAsync(message.CancellationToken);
        }

        await ProcessNextAsync(message, pipeline);
    }

    private void ThrowIfDown()
    {
        if (Down)
        {
            throw new HttpRequestException("Connection refused (storage switched off by the test).");
        }
    }
}
