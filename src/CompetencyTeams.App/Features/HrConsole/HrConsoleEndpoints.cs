using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.DirectorySync;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>The HR console's API under /api/tab/hr (HR role only, checked before anything else), and the campaign list every tab user opens on.</summary>
public static class HrConsoleEndpoints
{
    public static RouteGroupBuilder MapHrConsole(this RouteGroupBuilder api)
    {
        api.MapVisibleCampaigns();
        var hr = api.MapGroup("/hr").RequireAuthorization(TabPolicies.Hr);
        hr.MapHrFrameworks();
        hr.MapHrProfiles();
        hr.MapHrDirectory();
        hr.MapHrCampaigns();
        hr.MapHrCampaignActions();
        hr.MapHrParticipation();
        hr.MapHrSharePoint();
        hr.MapHrDirectorySync();
        return api;
    }
}
