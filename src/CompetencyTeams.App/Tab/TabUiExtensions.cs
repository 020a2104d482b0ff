using CompetencyTeams.App.Tab.Services;
using Microsoft.FluentUI.AspNetCore.Components;

namespace CompetencyTeams.App.Tab;

/// <summary>The Teams tab: a Blazor Web App (interactive server) with Fluent UI, calling the tab API with the user's SSO token.</summary>
public static class TabUiExtensions
{
    public const string BasePath = "/tab";

    public static IServiceCollection AddTabUi(this IServiceCollection services)
    {
        services.AddOptions<TabUiOptions>()
            .BindConfiguration(TabUiOptions.SectionName)
            .Validate<IHostEnvironment>(
                (options, environment) => string.IsNullOrWhiteSpace(options.DevChannelUrl) || environment.IsDevelopment(),
                "Tab:DevChannelUrl is for Development only: remove it in other environments.")
            .Validate(
                options => string.IsNullOrWhiteSpace(options.ApiBaseAddress) || Uri.TryCreate(options.ApiBaseAddress, UriKind.Absolute, out _),
                "Tab:ApiBaseAddress must be an absolute address.")
            .Validate(options => options.TeamsInitTimeoutMs is >= 500 and <= 60_000, "Tab:TeamsInitTimeoutMs must be between 500 and 60000.")
            .ValidateOnStart();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddFluentUIComponents();
        services.AddSingleton<TabApiBaseAddress>();
        services.AddScoped<TabSession>();
        services.AddScoped<ITabSession>(sp => sp.GetRequiredService<TabSession>());
        services.AddHttpClient<TabApiTransport>((sp, http) => http.BaseAddress = sp.GetRequiredService<TabApiBaseAddress>().Value);
        services.AddScoped<ITabApiClient, TabApiClient>();
        services.AddScoped<ITabHrApiClient, TabHrApiClient>();
        return services;
    }

    /// <summary>The tab's pages under /tab, the static assets (Fluent UI's and ours), and antiforgery for the Blazor endpoints.</summary>
    public static WebApplication MapTabUi(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<TabDocument>().AddInteractiveServerRenderMode();
        return app;
    }
}
