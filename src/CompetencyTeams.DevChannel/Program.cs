using CompetencyTeams.DevChannel.Chat;
using CompetencyTeams.DevChannel.Connector;
using CompetencyTeams.DevChannel.Hosting;
using CompetencyTeams.DevChannel.Graph;
using CompetencyTeams.DevChannel.Identity;
using CompetencyTeams.DevChannel.TabHost;

var builder = WebApplication.CreateBuilder(args);
builder.AddDevIdentity();
builder.Services.AddBotConnectorStandIn();
builder.Services.AddGraphStandIn();
builder.Services.AddChatClient();
builder.Services.AddTabHost();

var app = builder.Build();

app.UseDefaultFiles();
app.UseStaticFiles();
app.MapNodeLibraries(app.Environment, app.Configuration);
app.MapBotConnectorStandIn();
app.MapGraphStandIn();
app.MapDevIdentity();
app.MapTabSso();
app.MapChatClient();
app.MapTabHost();

app.Run();
