using CompetencyTeams.DevChannel.Connector;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBotConnectorStandIn();

var app = builder.Build();

app.MapGet("/", () => Results.Text("CompetencyTeams DevChannel: the local stand-in for Teams, the Bot Connector, Entra and Graph.", "text/plain"));
app.MapBotConnectorStandIn();

app.Run();
