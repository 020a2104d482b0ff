using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

public static class RepositoryServiceCollectionExtensions
{
    /// <summary>Every domain repository interface, implemented on Table Storage (singletons: they hold no state).</summary>
    public static IServiceCollection AddTableRepositories(this IServiceCollection services)
    {
        services.AddSingleton<IFrameworkRepository, TableFrameworkRepository>();
        services.AddSingleton<IJobProfileRepository, TableJobProfileRepository>();
        services.AddSingleton<IPersonRepository, TablePersonRepository>();
        services.AddSingleton<ITeamRepository, TableTeamRepository>();
        services.AddSingleton<ICampaignRepository, TableCampaignRepository>();
        services.AddSingleton<IAssignmentRepository, TableAssignmentRepository>();
        services.AddSingleton<IAssessmentRepository, TableAssessmentRepository>();
        services.AddSingleton<IActionPlanRepository, TableActionPlanRepository>();
        services.AddSingleton<IAuditLog, TableAuditLog>();
        return services;
    }
}
