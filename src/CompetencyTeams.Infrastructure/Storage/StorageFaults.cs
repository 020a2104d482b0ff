using Azure;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Infrastructure.Storage;

/// <summary>
/// Turns what the Azure SDK throws (after its own retries) into our two outcomes: a concurrency conflict the caller can
/// resolve by re-reading, or <see cref="StorageUnavailableException"/>. Nothing that failed is ever reported as saved.
/// </summary>
public static class StorageFaults
{
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (Exception ex) when (Translate(ex, operation, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    public static async Task GuardAsync(Func<Task> call, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        await GuardAsync(
            async () =>
            {
                await call();
                return true;
            },
            operation,
            cancellationToken);
    }

    private static Exception? Translate(Exception ex, string operation, CancellationToken cancellationToken) => ex switch
    {
        StorageLimitExceededException or ConcurrencyConflictException or ArgumentException => null,
        RequestFailedException { Status: 412 } failed => new ConcurrencyConflictException(
            $"{operation}: the record was changed by someone else since it was read (HTTP 412); nothing was written.", failed),
        RequestFailedException { Status: 409, ErrorCode: "EntityAlreadyExists" } failed => new ConcurrencyConflictException(
            $"{operation}: the record already exists (HTTP 409); nothing was written.", failed),
        RequestFailedException { Status: 404, ErrorCode: "ResourceNotFound" or "EntityNotFound" } failed when IsConditionalWrite(operation) =>
            new ConcurrencyConflictException($"{operation}: the record was deleted by someone else since it was read (HTTP 404); nothing was written.", failed),
        RequestFailedException { Status: 404, ErrorCode: "TableNotFound" or "QueueNotFound" } failed => new StorageUnavailableException(
            $"{operation}: the table or queue does not exist yet (storage initialization has not completed).", failed) { Status = 404 },
        RequestFailedException failed => new StorageUnavailableException(
            $"{operation} failed: storage answered {(failed.Status == 0 ? "nothing (unreachable)" : "HTTP " + failed.Status)} {failed.ErrorCode}.", failed) { Status = failed.Status },
        AggregateException or HttpRequestException or IOException => new StorageUnavailableException(
            $"{operation} failed: storage is unreachable after the retries.", ex),
        OperationCanceledException when !cancellationToken.IsCancellationRequested => new StorageUnavailableException(
            $"{operation} failed: storage did not answer within the network timeout.", ex),
        _ => null,
    };

    private static bool IsConditionalWrite(string operation) =>
        operation.StartsWith("Replace", StringComparison.Ordinal) || operation.StartsWith("Delete", StringComparison.Ordinal);
}
