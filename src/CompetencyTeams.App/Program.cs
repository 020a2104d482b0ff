using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.App.Features.Health;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Hosting;
using CompetencyTeams.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddAppDefaults();
builder.Services.AddInfrastructure();
builder.Services.AddQuestionnaire();
builder.Services.AddTeamSummaries(builder.Configuration);
builder.Services.AddCampaigns();
builder.Services.AddTabApi();
CompetencyTeams.App.Tab.TabUiExtensions.AddTabUi(builder.Services);
CompetencyTeams.App.Features.Privacy.PrivacyServiceCollectionExtensions.AddPrivacy(builder.Services);

var app = builder.Build();
if (await AppCommands.TryRunAsync(app, args))
{
    return;
}

app.UseAppDefaults();
app.MapHealth();
app.MapQuestionnaire();
app.MapTabApi();
CompetencyTeams.App.Tab.TabUiExtensions.MapTabUi(app);

app.Run();
