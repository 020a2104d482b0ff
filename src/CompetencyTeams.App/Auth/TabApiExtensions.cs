using System.Text.Json.Serialization;
using CompetencyTeams.App.Features.ActionPlans;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Features.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CompetencyTeams.App.Auth;

public static class TabApiExtensions
{
    public const string RoutePrefix = "/api/tab";

    /// <summary>The tab's SSO authentication and policies, and the dashboard, validation and action-plan services.</summary>
    public static IServiceCollection AddTabApi(this IServiceCollection services)
    {
        services.AddTabAuthentication();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.TryAddSingleton<CampaignAnalysisLoader>();
        services.AddSingleton<DashboardAnalyses>();
        services.AddSingleton<AssessmentValidator>();
        services.AddSingleton<ValidationNotices>();
        services.AddSingleton<ActionPlanWriter>();
        services.AddOptions<DashboardsOptions>().BindConfiguration(DashboardsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>/api/tab/…: every endpoint needs a valid tab token (401 otherwise); each then checks the user's scope (403).</summary>
    public static IEndpointRouteBuilder MapTabApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(RoutePrefix).RequireAuthorization(TabPolicies.User).WithTags("Tab");
        api.MapDashboards();
        api.MapValidation();
        api.MapActionPlans();
        Features.HrConsole.HrConsoleEndpoints.MapHrConsole(api);
        Features.Publishing.PublishingEndpoints.MapPublishing(api);
        Features.Exports.ExportEndpoints.MapExports(api);
        Features.Privacy.PrivacyEndpoints.MapPrivacy(api);
        return endpoints;
    }
}
