using CompetencyTeams.App.Features.Health;
using CompetencyTeams.App.Hosting;
using CompetencyTeams.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddAppDefaults();
builder.Services.AddInfrastructure();

var app = builder.Build();

app.UseAppDefaults();
app.MapHealth();

app.Run();
