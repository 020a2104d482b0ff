using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Connector;
using CompetencyTeams.DevChannel.Directory;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>A directory user as Graph returns it; <see cref="ManagerId"/> drives /manager and /directReports.</summary>
public sealed record GraphUser(string Id, string DisplayName, string UserPrincipalName, string? JobTitle, string? ManagerId, string? PreferredLanguage = null);

/// <summary>
/// users (paged), users/{id}, /manager, /directReports (paged), and personal app installation (users/{id}/teamwork/installedApps).
/// Users come from the demo organisation when the DevChannel has one, plus those added through the control API.
/// </summary>
public sealed class GraphUserHandlers(GraphStore store, IServiceProvider services)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, GraphUser> _added = new(StringComparer.OrdinalIgnoreCase);

    public void Upsert(GraphUser user)
    {
        lock (_gate)
        {
            _added[user.Id] = user;
        }
    }

    public IReadOnlyList<GraphUser> All()
    {
        var demo = services.GetService<DemoDirectory>()?.People
            .Select(p => new GraphUser(p.Id, p.DisplayName, p.UserPrincipalName, p.JobTitle, p.ManagerId, p.Locale)) ?? [];
        lock (_gate)
        {
            return [.. demo.Where(u => !_added.ContainsKey(u.Id)), .. _added.Values];
        }
    }

    public GraphResponse Route(GraphRequest request)
    {
        var users = All();
        if (request.Segments.Count == 1 && string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return GraphDirectoryPages.Page(request, users, "users", UserJson);
        }

        var user = request.Segments.Count > 1
            ? users.FirstOrDefault(u => string.Equals(u.Id, request.Segments[1], StringComparison.OrdinalIgnoreCase)
                || string.Equals(u.UserPrincipalName, request.Segments[1], StringComparison.OrdinalIgnoreCase))
            : null;
        if (user is null)
        {
            return GraphErrors.Error(404, "Request_ResourceNotFound", $"Resource '{(request.Segments.Count > 1 ? request.Segments[1] : "")}' does not exist or one of its queried reference-property objects are not present.");
        }

        var rest = request.Segments.Skip(2).ToList();
        var method = request.Method.ToUpperInvariant();
        return (method, rest.Count, rest.FirstOrDefault()) switch
        {
            ("GET", 0, _) => GraphResponse.Json(200, UserJson(user)),
            ("GET", 1, "manager") => users.FirstOrDefault(u => string.Equals(u.Id, user.ManagerId, StringComparison.OrdinalIgnoreCase)) is { } manager
                ? GraphResponse.Json(200, UserJson(manager))
                : GraphErrors.Error(404, "Request_ResourceNotFound", $"Resource 'manager' does not exist or one of its queried reference-property objects are not present."),
            ("GET", 1, "directReports") => GraphDirectoryPages.Page(
                request, [.. users.Where(u => string.Equals(u.ManagerId, user.Id, StringComparison.OrdinalIgnoreCase))], $"users/{user.Id}/directReports", UserJson),
            (_, >= 2, "teamwork") when rest[1] == "installedApps" => InstalledApps(request, user, rest.Skip(2).ToList()),
            _ => GraphErrors.BadRequest($"Unsupported request {request.Method} {request.Path}."),
        };
    }

    private GraphResponse InstalledApps(GraphRequest request, GraphUser user, List<string> rest)
    {
        var method = request.Method.ToUpperInvariant();
        if (rest.Count == 0 && method == "POST")
        {
            var bind = (string?)request.Body?["teamsApp@odata.bind"];
            var appId = bind?.TrimEnd('/').Split('/')[^1].Trim('\'', '(', ')');
            if (string.IsNullOrWhiteSpace(appId) || bind?.Contains("appCatalogs/teamsApps", StringComparison.OrdinalIgnoreCase) != true)
            {
                return GraphErrors.BadRequest("teamsApp@odata.bind must name appCatalogs/teamsApps/{id}.");
            }

            if (store.InstalledApps.Any(a => a.UserId == user.Id && string.Equals(a.TeamsAppId, appId, StringComparison.OrdinalIgnoreCase)))
            {
                return GraphErrors.Error(409, "Conflict", "App is already installed for this user.");
            }

            var installationId = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user.Id}##{appId}"));
            store.InstalledApps.Add(new InstalledApp(installationId, user.Id, appId, store.Clock.GetUtcNow()));
            store.Changed();
            OpenChat(user, appId);
            return new GraphResponse(201, null, new Dictionary<string, string> { ["Location"] = $"{request.BaseUrl}/users/{user.Id}/teamwork/installedApps/{installationId}" });
        }

        var installed = store.InstalledApps.Where(a => a.UserId == user.Id).ToList();
        if (rest.Count == 0 && method == "GET")
        {
            return GraphResponse.Json(200, new JsonObject { ["value"] = new JsonArray([.. installed.Select(InstallationJson)]) });
        }

        var installation = rest.Count > 0 ? installed.FirstOrDefault(a => a.InstallationId == rest[0]) : null;
        if (installation is null)
        {
            return GraphErrors.NotFound("The app installation does not exist.");
        }

        return (method, rest.Count > 1 ? rest[1] : null) switch
        {
            ("GET", null) => GraphResponse.Json(200, InstallationJson(installation)),
            ("GET", "chat") => GraphResponse.Json(200, new JsonObject { ["id"] = OpenChat(user, installation.TeamsAppId) }),
            _ => GraphErrors.BadRequest($"Unsupported request {request.Method} {request.Path}."),
        };
    }

    /// <summary>
    /// Installing a personal app opens its 1:1 chat with the user: the Bot Connector stand-in (when hosted alongside)
    /// learns it under Graph's chat id, so the bot can post there. Returns that id.
    /// </summary>
    private string OpenChat(GraphUser user, string appId)
    {
        var chatId = $"19:{user.Id}_{appId}@unq.gbl.spaces";
        if (services.GetService<ConversationStore>() is { } conversations)
        {
            var tenant = services.GetRequiredService<IOptionsMonitor<ConnectorOptions>>().CurrentValue.TenantId;
            var channelUserId = services.GetService<DemoDirectory>()?.People.FirstOrDefault(p => string.Equals(p.Id, user.Id, StringComparison.OrdinalIgnoreCase))?.ChannelUserId
                ?? "29:" + user.Id;
            conversations.AdoptInstallationChat(chatId, tenant, "28:" + appId, channelUserId);
        }

        return chatId;
    }

    private static JsonObject InstallationJson(InstalledApp app) => new()
    {
        ["id"] = app.InstallationId,
        ["teamsApp"] = new JsonObject { ["id"] = app.TeamsAppId, ["externalId"] = app.TeamsAppId, ["distributionMethod"] = "organization" },
        ["installedAt"] = app.InstalledAt.ToString("o", CultureInfo.InvariantCulture),
    };

    private static JsonObject UserJson(GraphUser user) => new()
    {
        ["@odata.type"] = "#microsoft.graph.user",
        ["id"] = user.Id,
        ["displayName"] = user.DisplayName,
        ["userPrincipalName"] = user.UserPrincipalName,
        ["mail"] = user.UserPrincipalName,
        ["jobTitle"] = user.JobTitle,
        ["preferredLanguage"] = user.PreferredLanguage,
    };
}
