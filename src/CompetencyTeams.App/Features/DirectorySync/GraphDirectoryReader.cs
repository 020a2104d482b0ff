using System.Collections.Concurrent;
using System.Globalization;
using CompetencyTeams.Infrastructure.SharePoint;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace CompetencyTeams.App.Features.DirectorySync;

/// <summary>
/// Reads the directory through Graph: every user (GET /users, paged by @odata.nextLink), then each user's direct
/// reports (GET /users/{id}/directReports, a few at a time). The SDK's RetryHandler already waits out 429/503 with
/// their Retry-After; what still fails becomes a <see cref="DirectorySyncException"/>.
/// </summary>
public sealed class GraphDirectoryReader(
    [FromKeyedServices(SharePointServiceCollectionExtensions.GraphClientKey)] GraphServiceClient graph,
    IOptions<DirectorySyncOptions> options)
{
    private static readonly string[] UserFields = ["id", "displayName", "userPrincipalName", "mail", "preferredLanguage"];

    public async Task<DirectorySnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var users = await CallAsync("listing the users (GET /users)", () => ReadUsersAsync(cancellationToken), cancellationToken);
        var managerOf = new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        await Parallel.ForEachAsync(
            users,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
            async (manager, ct) =>
            {
                var reports = await CallAsync($"reading the direct reports of {manager.Id}", () => ReadDirectReportsAsync(manager.Id, ct), ct);
                foreach (var report in reports)
                {
                    managerOf[report] = manager.Id;
                }
            });
        return new DirectorySnapshot(users, managerOf);
    }

    private async Task<List<DirectoryUser>> ReadUsersAsync(CancellationToken cancellationToken)
    {
        var users = new List<DirectoryUser>();
        var page = await graph.Users.GetAsync(
            request =>
            {
                request.QueryParameters.Select = UserFields;
                request.QueryParameters.Top = options.Value.PageSize;
            },
            cancellationToken);
        while (page is not null)
        {
            users.AddRange((page.Value ?? []).Where(u => !string.IsNullOrWhiteSpace(u.Id)).Select(ToUser));
            page = page.OdataNextLink is { Length: > 0 } next ? await graph.Users.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
        }

        return users;
    }

    private async Task<List<string>> ReadDirectReportsAsync(string managerId, CancellationToken cancellationToken)
    {
        var reports = new List<string>();
        var page = await graph.Users[managerId].DirectReports.GetAsync(cancellationToken: cancellationToken);
        while (page is not null)
        {
            // directReports may hold org contacts as well: only users are people of the organisation.
            reports.AddRange((page.Value ?? []).OfType<User>().Select(u => u.Id).OfType<string>());
            page = page.OdataNextLink is { Length: > 0 } next
                ? await graph.Users[managerId].DirectReports.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        return reports;
    }

    private static DirectoryUser ToUser(User user) =>
        new(user.Id!, user.DisplayName ?? user.UserPrincipalName ?? user.Id!, user.UserPrincipalName ?? user.Mail ?? "", user.Mail, user.PreferredLanguage);

    private static async Task<T> CallAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is ApiException or AggregateException or HttpRequestException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Translate(what, ex);
        }
    }

    private static DirectorySyncException Translate(string what, Exception exception)
    {
        // The RetryHandler gives up with an AggregateException ("Too many retries performed") around the last answers.
        var api = exception as ApiException ?? (exception as AggregateException)?.Flatten().InnerExceptions.OfType<ApiException>().LastOrDefault();
        if (api is null)
        {
            return new DirectorySyncException(503, $"Graph could not be reached while {what} ({exception.Message}).", null, exception);
        }

        var status = api.ResponseStatusCode;
        var said = (api as ODataError)?.Error?.Message is { Length: > 0 } m ? $" Graph said: {m}" : "";
        var message = status switch
        {
            403 => $"Graph refused access (403) while {what}: the app needs the User.Read.All application permission, granted by an administrator.{said}",
            401 => $"Graph rejected the app's token (401) while {what}: check the Graph section of the settings.{said}",
            429 => $"Graph is still throttling (429) after the retries while {what}; try again later.{said}",
            >= 500 => $"Graph is unavailable ({status}) while {what}; try again later.{said}",
            _ => $"Graph answered {status} while {what}.{said}",
        };
        return new DirectorySyncException(status, message, RetryAfter(api), exception);
    }

    private static TimeSpan? RetryAfter(ApiException exception) =>
        exception.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } value
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
