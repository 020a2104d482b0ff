using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Campaigns;

public static class CampaignsServiceCollectionExtensions
{
    /// <summary>The campaign scheduler, HR's campaign commands, the participation report and the delivery engine.</summary>
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddOptions<CampaignsOptions>().BindConfiguration(CampaignsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDelivery();
        services.AddStorageTable(CampaignStepTable.TableName);
        services.AddSingleton<CampaignStepTable>();
        services.AddSingleton<AudienceResolver>();
        services.AddSingleton<CampaignRecipients>();
        services.AddSingleton<CampaignSteps>();
        services.AddSingleton<CampaignCommands>();
        services.AddSingleton<ParticipationReport>();
        services.AddSingleton<CampaignScheduler>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<IOptions<CampaignsOptions>>().Value.RunScheduler
            ? sp.GetRequiredService<CampaignScheduler>()
            : new IdleService());
        return services;
    }
}
