using CompetencyTeams.Bot.Authentication;
using CompetencyTeams.Bot.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace CompetencyTeams.Bot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Connector protocol: the "Bot" options (validated on start), inbound validation, the outbound token
    /// provider and the <see cref="IConnectorClient"/>. Register your <see cref="IActivityHandler"/> too
    /// (<see cref="AddActivityHandler{THandler}"/>).
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // One handler for identity and connector calls: system trust plus, if configured, the local certificate.
        services.AddHttpClient(OpenIdMetadataCache.HttpClientName).ConfigurePrimaryHttpMessageHandler(CreateTrustingHandler);
        services.AddHttpClient<IConnectorClient, ConnectorClient>()
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<BotOptions>>().Value.ConnectorTimeout)
            .ConfigurePrimaryHttpMessageHandler(CreateTrustingHandler)
            .AddHttpMessageHandler<BotTokenHandler>();

        services.TryAddSingleton<TrustedIssuers>();
        services.TryAddSingleton<OpenIdMetadataCache>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<ActivityAuthorizer>();
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddTransient<BotTokenHandler>();
        services.TryAddScoped<BotRequestProcessor>();
        return services;
    }

    public static IServiceCollection AddActivityHandler<THandler>(this IServiceCollection services)
        where THandler : class, IActivityHandler
    {
        services.AddScoped<IActivityHandler, THandler>();
        return services;
    }

    private static HttpMessageHandler CreateTrustingHandler(IServiceProvider services)
    {
        var path = services.GetRequiredService<IOptions<BotOptions>>().Value.TrustedLocalCertificatePath;
        var trusted = string.IsNullOrWhiteSpace(path) ? null : LocalCertificateTrust.TryLoad(path, out _);
        return LocalCertificateTrust.CreateHandler(trusted);
    }
}
