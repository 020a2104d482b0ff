using System.Globalization;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>What a Graph call was doing, and the least permission it needs (named in the 403 message).</summary>
public sealed record GraphOperation(string Description, string RequiredPermission)
{
    public const string ReadPermission = "Sites.Selected with a 'read' (or 'write') grant on the site, or Sites.Read.All";
    public const string WritePermission = "Sites.Selected with a 'write' grant on the site (or Lists.SelectedOperations.Selected with 'write' on the three lists), or Sites.ReadWrite.All";
    public const string ManagePermission = "Sites.Manage.All, or Sites.Selected with a 'fullcontrol' grant on the site";
}

/// <summary>
/// Turns what the Graph SDK throws into <see cref="SharePointPublicationException"/>: ODataError and ApiException by
/// status, and the RetryHandler's AggregateException ("Too many retries performed") into Throttled or Unavailable.
/// </summary>
public static class GraphFailures
{
    public static async Task<T> RunAsync<T>(GraphOperation operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (IsGraphFailure(exception, cancellationToken))
        {
            throw Translate(exception, operation);
        }
    }

    public static SharePointPublicationException Translate(Exception exception, GraphOperation operation)
    {
        if (exception is AggregateException aggregate)
        {
            var last = aggregate.Flatten().InnerExceptions.OfType<ApiException>().LastOrDefault();
            var status = last?.ResponseStatusCode ?? 503;
            var failure = status == 429 ? SharePointFailure.Throttled : SharePointFailure.Unavailable;
            return new SharePointPublicationException(
                failure,
                $"{operation.Description}: Graph still answered {status} ({(failure == SharePointFailure.Throttled ? "throttled" : "unavailable")}) after the SDK's retries; try again later.",
                status,
                last is null ? null : RetryAfter(last),
                exception);
        }

        if (exception is ApiException api)
        {
            var message = (api as ODataError)?.Error?.Message ?? api.Message;
            return FromStatus(api.ResponseStatusCode, message, RetryAfter(api), operation, exception);
        }

        return new SharePointPublicationException(
            SharePointFailure.Unavailable, $"{operation.Description}: Graph could not be reached ({exception.Message}).", innerException: exception);
    }

    public static SharePointPublicationException FromStatus(int status, string? graphMessage, TimeSpan? retryAfter, GraphOperation operation, Exception? inner = null)
    {
        var said = string.IsNullOrWhiteSpace(graphMessage) ? "" : $" Graph said: {graphMessage}";
        return status switch
        {
            403 => new SharePointPublicationException(
                SharePointFailure.PermissionMissing,
                $"{operation.Description}: access denied (403). The app needs {operation.RequiredPermission}; see docs/operations.md, 'SharePoint publication: permissions and grant steps'.{said}",
                status, null, inner),
            401 => new SharePointPublicationException(
                SharePointFailure.NotAuthenticated,
                $"{operation.Description}: Graph rejected the app's token (401). Check Graph:Authentication and the app registration.{said}",
                status, null, inner),
            404 => new SharePointPublicationException(SharePointFailure.NotFound, $"{operation.Description}: not found (404).{said}", status, null, inner),
            429 => new SharePointPublicationException(SharePointFailure.Throttled, $"{operation.Description}: throttled by Graph (429); try again later.{said}", status, retryAfter, inner),
            >= 500 => new SharePointPublicationException(SharePointFailure.Unavailable, $"{operation.Description}: Graph unavailable ({status}); try again later.{said}", status, retryAfter, inner),
            _ => new SharePointPublicationException(SharePointFailure.Rejected, $"{operation.Description}: Graph refused the request ({status}).{said}", status, null, inner),
        };
    }

    /// <summary>Retry-After as seconds or as an HTTP date, relative to now.</summary>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? (date > now ? date - now : TimeSpan.Zero)
            : null;
    }

    /// <summary>The delta-seconds form only: an exception carries no clock to measure an HTTP date against.</summary>
    private static TimeSpan? RetryAfter(ApiException exception) =>
        exception.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } value
            && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static bool IsGraphFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ApiException or AggregateException or HttpRequestException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
