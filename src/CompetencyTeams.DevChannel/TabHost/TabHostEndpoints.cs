using CompetencyTeams.DevChannel.Directory;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.TabHost;

/// <summary>
/// The Teams client's side of a personal tab: /tab/ frames the App's tab page and answers its teams-js messages
/// (initialize, getContext, authentication.getAuthToken, theme changes) for the demo user picked on the page.
/// GET /devchannel/tab/config tells the page what to frame.
/// </summary>
public static class TabHostEndpoints
{
    public const string ConfigPath = "/devchannel/tab/config";

    public static IServiceCollection AddTabHost(this IServiceCollection services)
    {
        services.AddOptions<TabHostOptions>().BindConfiguration(TabHostOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapTabHost(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ConfigPath, (IOptions<TabHostOptions> options, DemoDirectory directory) => Results.Json(new
        {
            tenantId = directory.TenantId,
            appTabUrl = options.Value.AppTabUrl,
            appOrigin = options.Value.AppTabUrl.GetLeftPart(UriPartial.Authority),
        })).WithTags("TabHost");
        return endpoints;
    }
}
