using CompetencyTeams.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>
/// The checks that need both the validated token and the activity: serviceurl claim = activity.serviceUrl,
/// the signing key endorsed for the activity's channel, and the activity's tenant allowed.
/// </summary>
public sealed class ActivityAuthorizer(IOptions<BotOptions> options)
{
    public BotRejection? Authorize(BotCaller caller, Activity activity)
    {
        if (!ServiceUrlsMatch(caller.ServiceUrl, activity.ServiceUrl))
        {
            return BotRejection.Unauthorized("the serviceurl claim does not match the activity's serviceUrl");
        }

        // Bot Framework keys must name the channel; Entra keys carry no endorsements, but if they do, they bind too.
        var endorsementRequired = caller.Issuer.Kind == IssuerKind.BotFramework || caller.Endorsements is not null;
        if (endorsementRequired && (caller.Endorsements is null || activity.ChannelId is null || !caller.Endorsements.Contains(activity.ChannelId)))
        {
            return BotRejection.Forbidden($"the signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        return AuthorizeTenant(activity);
    }

    /// <summary>
    /// Full-address comparison, case-insensitive, ignoring one trailing slash: stricter than comparing hosts
    /// (another path on the same host is another endpoint), lenient on the one difference seen in practice.
    /// </summary>
    public static bool ServiceUrlsMatch(string claim, string? activityServiceUrl) =>
        activityServiceUrl is not null
        && string.Equals(claim.TrimEnd('/'), activityServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private BotRejection? AuthorizeTenant(Activity activity)
    {
        var conversationTenant = activity.Conversation?.TenantId;
        var channelDataTenant = activity.ChannelData?.Tenant?.Id;
        if (conversationTenant is not null && channelDataTenant is not null
            && !string.Equals(conversationTenant, channelDataTenant, StringComparison.OrdinalIgnoreCase))
        {
            return BotRejection.Forbidden("conversation.tenantId and channelData.tenant.id disagree");
        }

        var tenant = conversationTenant ?? channelDataTenant;
        if (tenant is null)
        {
            return BotRejection.Forbidden("the activity names no tenant");
        }

        return options.Value.EffectiveAllowedTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase)
            ? null
            : BotRejection.Forbidden($"tenant '{tenant}' is not allowed");
    }
}
