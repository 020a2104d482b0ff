using CompetencyTeams.Bot.Hosting;

namespace CompetencyTeams.App.Features.Questionnaire;

public static class QuestionnaireServiceCollectionExtensions
{
    /// <summary>The Bot Connector protocol with the questionnaire as the bot's activity handler, and its options.</summary>
    public static IServiceCollection AddQuestionnaire(this IServiceCollection services)
    {
        services.AddOptions<QuestionnaireOptions>().BindConfiguration(QuestionnaireOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddBotConnector();
        services.AddActivityHandler<QuestionnaireBot>();
        services.AddSingleton<FrameworkIndexCache>();
        services.AddSingleton<QuestionnaireLoader>();
        services.AddSingleton<AssessmentWriter>();
        services.AddSingleton<PersonOverview>();
        services.AddSingleton<QuestionnaireWorkflow>();
        return services;
    }

    /// <summary>POST /api/messages.</summary>
    public static IEndpointRouteBuilder MapQuestionnaire(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBotEndpoint();
        return endpoints;
    }
}
