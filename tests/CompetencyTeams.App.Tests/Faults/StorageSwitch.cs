using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// Takes table storage away from an in-process App without stopping Azurite: while <see cref="Down"/>, every request
/// fails as an unreachable host does, through the real repositories and their fault translation (no SDK retries).
/// </summary>
public sealed class StorageSwitch : HttpPipelinePolicy
{
    public bool Down { get; set; }

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

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfDown();
        return ProcessNextAsync(message, pipeline);
    }

    private void ThrowIfDown()
    {
        if (Down)
        {
            throw new HttpRequestException("Connection refused (storage switched off by the test).");
        }
    }
}
