using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace CompetencyTeams.Infrastructure.SharePoint;

public enum ItemOperationKind
{
    Create,
    Update,
    Delete,
}

/// <summary>One write to a list item; <paramref name="ItemId"/> is set for updates and deletes.</summary>
public sealed record ItemOperation(string ListName, string ListId, ItemOperationKind Kind, string Key, string? ItemId, IDictionary<string, object?>? Fields);

/// <summary>A write that succeeded, with the item's id and link when Graph returned them.</summary>
public sealed record ItemOutcome(ItemOperation Operation, string? ItemId, string? WebUrl);

public sealed record BatchRunResult(IReadOnlyList<ItemOutcome> Outcomes, int BatchRequests, int RetriedSteps);

/// <summary>
/// Sends item writes as JSON $batch requests of at most 20 steps. The batch answers 200 even when steps fail, and the
/// SDK's RetryHandler does not retry steps, so steps answered 429/503/504 are re-sent here after the longest
/// Retry-After they gave, for a bounded number of rounds. Any other step failure stops the run with a clear error.
/// </summary>
public sealed class SharePointBatchWriter(GraphServiceClient graph, IOptions<SharePointOptions> options, TimeProvider clock, ILogger<SharePointBatchWriter> logger)
{
    public const int MaxStepsPerBatch = 20;
    private static readonly GraphOperation Writing = new("Writing SharePoint list items", GraphOperation.WritePermission);

    public async Task<BatchRunResult> RunAsync(string siteId, IReadOnlyList<ItemOperation> operations, CancellationToken cancellationToken)
    {
        var outcomes = new List<ItemOutcome>();
        var pending = operations.ToList();
        var batches = 0;
        var retried = 0;
        for (var round = 1; pending.Count > 0; round++)
        {
            var again = new List<ItemOperation>();
            TimeSpan? wait = null;
            var lastStatus = 0;
            foreach (var chunk in pending.Chunk(MaxStepsPerBatch))
            {
                batches++;
                var failures = await SendAsync(siteId, chunk, outcomes, cancellationToken);
                foreach (var failure in failures)
                {
                    again.Add(failure.Operation);
                    lastStatus = failure.Status;
                    wait = Max(wait, failure.RetryAfter);
                }
            }

            if (again.Count == 0)
            {
                break;
            }

            var delay = wait ?? options.Value.RetryDelay * Math.Pow(2, round - 1);
            if (round >= options.Value.MaxBatchAttempts || delay > options.Value.MaxRetryAfter)
            {
                throw GraphFailures.FromStatus(
                    lastStatus,
                    $"{again.Count} of {operations.Count} item writes were still refused after {round} rounds of $batch; the items already written stay, and publishing again completes the rest.",
                    delay,
                    Writing);
            }

            retried += again.Count;
            SharePointLog.RetryingSteps(logger, again.Count, lastStatus, delay, round);
            await Task.Delay(delay, clock, cancellationToken);
            pending = again;
        }

        return new BatchRunResult(outcomes, batches, retried);
    }

    private async Task<List<StepFailure>> SendAsync(string siteId, ItemOperation[] chunk, List<ItemOutcome> outcomes, CancellationToken cancellationToken)
    {
        var content = new BatchRequestContentCollection(graph, MaxStepsPerBatch);
        var steps = new Dictionary<string, ItemOperation>(StringComparer.Ordinal);
        foreach (var operation in chunk)
        {
            steps[await content.AddBatchRequestStepAsync(ToRequest(siteId, operation))] = operation;
        }

        BatchResponseContentCollection response;
        try
        {
            response = await GraphFailures.RunAsync(Writing, () => graph.Batch.PostAsync(content, cancellationToken), cancellationToken);
        }
        catch (SharePointPublicationException failure) when (failure.IsTransient)
        {
            // The whole batch was refused (after the RetryHandler's own tries): every step of it is re-sent.
            return [.. chunk.Select(o => new StepFailure(o, failure.StatusCode ?? 503, failure.RetryAfter))];
        }

        var codes = await response.GetResponsesStatusCodesAsync();
        var failures = new List<StepFailure>();
        foreach (var (stepId, operation) in steps)
        {
            var status = codes.TryGetValue(stepId, out var code) ? (int)code : (int)HttpStatusCode.ServiceUnavailable;
            if (status is >= 200 and < 300)
            {
                outcomes.Add(await OutcomeAsync(response, stepId, operation));
                continue;
            }

            using var stepResponse = await response.GetResponseByIdAsync(stepId);
            if (status is 429 or 503 or 504 or 502 or 500)
            {
                var retryAfter = stepResponse?.Headers.RetryAfter?.Delta
                    ?? (stepResponse?.Headers.RetryAfter?.Date is { } date ? date - clock.GetUtcNow() : null);
                failures.Add(new StepFailure(operation, status, retryAfter is { } ra && ra < TimeSpan.Zero ? TimeSpan.Zero : retryAfter));
                continue;
            }

            var message = stepResponse?.Content is null ? null : ErrorMessage(await stepResponse.Content.ReadAsStringAsync(cancellationToken));
            throw GraphFailures.FromStatus(status, $"{operation.Kind} of item '{operation.Key}' in list '{operation.ListName}': {message}", null, Writing);
        }

        return failures;
    }

    private static async Task<ItemOutcome> OutcomeAsync(BatchResponseContentCollection response, string stepId, ItemOperation operation)
    {
        if (operation.Kind != ItemOperationKind.Create)
        {
            return new ItemOutcome(operation, operation.ItemId, null);
        }

        var item = await response.GetResponseByIdAsync<ListItem>(stepId);
        return new ItemOutcome(operation, item?.Id, item?.WebUrl);
    }

    private RequestInformation ToRequest(string siteId, ItemOperation operation)
    {
        var items = graph.Sites[siteId].Lists[operation.ListId].Items;
        var fields = new FieldValueSet { AdditionalData = new Dictionary<string, object>(operation.Fields?.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!) ?? []) };
        return operation.Kind switch
        {
            ItemOperationKind.Create => items.ToPostRequestInformation(new ListItem { Fields = fields }),
            ItemOperationKind.Update => items[operation.ItemId].Fields.ToPatchRequestInformation(WithClearedNulls(fields, operation.Fields)),
            _ => items[operation.ItemId].ToDeleteRequestInformation(),
        };
    }

    /// <summary>An update writes null for fields that became empty, so a republish clears them.</summary>
    private static FieldValueSet WithClearedNulls(FieldValueSet fields, IDictionary<string, object?>? desired)
    {
        foreach (var (name, value) in desired ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                fields.AdditionalData[name] = null!;
            }
        }

        return fields;
    }

    private static string? ErrorMessage(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("message", out var message) ? message.GetString() : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static TimeSpan? Max(TimeSpan? current, TimeSpan? candidate) =>
        candidate is null ? current : current is null || candidate > current ? candidate : current;

    private sealed record StepFailure(ItemOperation Operation, int Status, TimeSpan? RetryAfter);
}
