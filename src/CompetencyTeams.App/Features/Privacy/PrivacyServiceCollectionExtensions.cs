using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Export and erasure of one person, the retention purge (a hosted service unless Privacy:RunRetention is false), and their options.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .PostConfigure<IOptions<QuestionnaireOptions>, IConfiguration>((privacy, questionnaire, configuration) =>
            {
                var announced = questionnaire.Value.RetentionMonths;
                if (string.IsNullOrWhiteSpace(configuration[$"{PrivacyOptions.SectionName}:{nameof(PrivacyOptions.RetentionMonths)}"]))
                {
                    privacy.RetentionMonths = announced;
                }

                privacy.AnnouncedRetentionMonths = announced;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddStorageTable(RetentionLedger.TableName);
        services.AddSingleton<RetentionLedger>();
        services.AddSingleton<RetentionSummaries>();
        services.AddSingleton<RetentionAssignments>();
        services.AddSingleton<RetentionPlans>();
        services.AddSingleton<RetentionPurger>();
        services.AddSingleton<RetentionWorker>();
        services.AddSingleton<PersonalDataCollector>();
        services.AddSingleton<SummaryRepublisher>();
        services.AddSingleton<DirectoryReferences>();
        services.AddSingleton<CampaignReferences>();
        services.AddSingleton<PlanReferences>();
        services.AddSingleton<PersonErasure>();
        services.AddHostedService(sp => sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.RunRetention
            ? (BackgroundService)sp.GetRequiredService<RetentionWorker>()
            : new IdleService());
        return services;
    }
}
