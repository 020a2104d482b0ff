using CompetencyTeams.DevChannel.Hosting;
using CompetencyTeams.DevChannel.Connector;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBotConnectorStandIn();

var app = builder.Build();

app.UseDefaultFiles();
app.UseStaticFiles();
app.MapNodeLibraries(app.Environment, app.Configuration);
app.MapBotConnectorStandIn();

app.Run();
