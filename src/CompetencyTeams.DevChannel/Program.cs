var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => Results.Text("CompetencyTeams DevChannel: the local stand-in for Teams, the Bot Connector, Entra and Graph.", "text/plain"));

app.Run();
