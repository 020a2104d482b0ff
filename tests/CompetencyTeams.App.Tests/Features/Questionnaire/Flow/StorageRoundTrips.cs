using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

/// <summary>Counts every HTTP request the App's table client sends to storage (retries included), as "METHOD table".</summary>
public sealed class StorageRoundTrips : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> Requests => [.. _requests];

    public int Count => _requests.Count;

    public void Reset() => _requests.Clear();

    /// <summary>Replaces the App's table client with one on the same storage that reports to this counter.</summary>
    public Action<IServiceCollection> InstallOn(string connectionString) => services =>
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        services.AddSingleton(new TableServiceClient(connectionString, options));
    };

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message)
    {
        // Azurite's path is /{account}/{table}(keys) or /{account}/$batch.
        var path = message.Request.Uri.Path.TrimEnd('/');
        var resource = path[(path.LastIndexOf('/') + 1)..];
        var table = resource.Split('(')[0];
        _requests.Enqueue($"{message.Request.Method} {table}");
    }
}
