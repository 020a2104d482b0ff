using CompetencyTeams.DevChannel.Chat;
using CompetencyTeams.DevChannel.Connector;
using CompetencyTeams.DevChannel.Hosting;
using CompetencyTeams.DevChannel.Graph;
using CompetencyTeams.DevChannel.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.AddDevIdentity();
builder.Services.AddBotConnectorStandIn();
builder.Services.AddGraphStandIn();
builder.Services.AddChatClient();

var app = builder.Build();

app.UseDefaultFiles();
app.UseStaticFiles();
app.MapNodeLibraries(app.Environment, app.Configuration);
app.MapBotConnectorStandIn();
app.MapGraphStandIn();
app.MapDevIdentity();
app.MapTabSso();
app.MapChatClient();

app.Run();
