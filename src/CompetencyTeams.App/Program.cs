using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.App.Features.DirectorySync;
using CompetencyTeams.App.Features.Health;
using CompetencyTeams.App.Features.Privacy;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Hosting;
using CompetencyTeams.App.Tab;
using CompetencyTeams.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddAppDefaults();
builder.Services.AddInfrastructure();
builder.Services.AddQuestionnaire();
builder.Services.AddTeamSummaries(builder.Configuration);
builder.Services.AddCampaigns();
builder.Services.AddTabApi();
builder.Services.AddTabUi();
builder.Services.AddPrivacy();
builder.Services.AddDirectorySync(builder.Configuration);

var app = builder.Build();
if (await AppCommands.TryRunAsync(app, args))
{
    return;
}

app.UseAppDefaults();
app.MapHealth();
app.MapQuestionnaire();
app.MapTabApi();
app.MapTabUi();

app.Run();
