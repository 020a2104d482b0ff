using CompetencyTeams.App.Features.Health;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.App.Hosting;
using CompetencyTeams.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddAppDefaults();
builder.Services.AddInfrastructure();
builder.Services.AddQuestionnaire();

var app = builder.Build();

app.UseAppDefaults();
app.MapHealth();
app.MapQuestionnaire();

app.Run();
