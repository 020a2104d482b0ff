using CompetencyTeams.Bot.Authentication;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Infrastructure.SharePoint;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using UserScopeTeamsAppInstallation = Microsoft.Graph.Models.UserScopeTeamsAppInstallation;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// Opens a 1:1 chat with someone the bot cannot reach (no chat yet, or a chat that is gone and cannot be re-created):
/// installs the app for them through Graph (POST /users/{id}/teamwork/installedApps; 409 means it already is), reads
/// the chat of that installation (GET …/installedApps/{installationId}/chat) and stores it as their chat address.
/// Needs Delivery:TeamsAppCatalogId and the TeamsAppInstallation.ReadWriteForUser.All application permission.
/// </summary>
public sealed partial class ProactiveInstall(
    [FromKeyedServices(SharePointServiceCollectionExtensions.GraphClientKey)] GraphServiceClient graph,
    IPersonRepository people,
    IOptions<DeliveryOptions> options,
    IOptions<GraphOptions> graphOptions,
    IOptions<BotOptions> bot,
    ILogger<ProactiveInstall> logger)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.TeamsAppCatalogId);

    /// <summary>The person's chat after installing the app for them, saved on the person; null when off or refused.</summary>
    public async Task<ChatAddress?> OpenChatAsync(Person person, ChatAddress? previous, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return null;
        }

        var appId = options.Value.TeamsAppCatalogId!;
        try
        {
            await InstallAsync(person.ObjectId, appId, cancellationToken);
            if (await FindInstallationAsync(person.ObjectId, appId, cancellationToken) is not { } installationId)
            {
                Log.Failed(logger, person.ObjectId, "the installation is not listed after installing it");
                return null;
            }

            var chat = await graph.Users[person.ObjectId].Teamwork.InstalledApps[installationId].Chat.GetAsync(cancellationToken: cancellationToken);
            if (chat?.Id is not { Length: > 0 } chatId)
            {
                Log.Failed(logger, person.ObjectId, "the installation has no chat");
                return null;
            }

            var address = new ChatAddress(
                previous?.ServiceUrl ?? options.Value.ServiceUrl.ToString(),
                chatId,
                previous?.TenantId ?? bot.Value.TenantId,
                previous?.ChannelUserId ?? "");
            await people.SetChatAddressAsync(person.ObjectId, address, cancellationToken);
            Log.Installed(logger, person.ObjectId);
            return address;
        }
        catch (Exception ex) when (ex is ApiException or HttpRequestException or AggregateException)
        {
            Log.Failed(logger, person.ObjectId, ex.Message);
            return null;
        }
    }

    private async Task InstallAsync(string userId, string appId, CancellationToken cancellationToken)
    {
        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"{graphOptions.Value.BaseUrl.ToString().TrimEnd('/')}/appCatalogs/teamsApps/{appId}",
            },
        };
        try
        {
            await graph.Users[userId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken);
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == StatusCodes.Status409Conflict)
        {
            // Installed already (by the person, an admin policy or an earlier attempt): its chat is the one we want.
        }
    }

    private async Task<string?> FindInstallationAsync(string userId, string appId, CancellationToken cancellationToken)
    {
        var page = await graph.Users[userId].Teamwork.InstalledApps.GetAsync(
            request =>
            {
                request.QueryParameters.Expand = ["teamsApp"];
                request.QueryParameters.Filter = $"teamsApp/id eq '{appId}'";
            },
            cancellationToken);
        return page?.Value?.FirstOrDefault(i => string.Equals(i.TeamsApp?.Id, appId, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8151, Level = LogLevel.Information, Message = "Installed the app for {PersonId} through Graph and stored its chat")]
        public static partial void Installed(ILogger logger, string personId);

        [LoggerMessage(EventId = 8152, Level = LogLevel.Warning, Message = "Could not install the app for {PersonId} through Graph: {Reason}")]
        public static partial void Failed(ILogger logger, string personId, string reason);
    }
}
