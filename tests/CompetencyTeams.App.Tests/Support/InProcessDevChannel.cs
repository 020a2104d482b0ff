extern alias devchannel;

using CompetencyTeams.TestSupport;
using devchannel::CompetencyTeams.DevChannel.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.App.Tests.Support;

/// <summary>
/// Starts parts of the DevChannel in-process with its token issuer over HTTPS on a free port (own keys and certificate
/// in a temporary folder), retrying when another process takes the port first.
/// </summary>
public static class InProcessDevChannel
{
    public static async Task<(WebApplication App, int Port)> StartAsync(
        string testArea,
        IReadOnlyDictionary<string, string?> settings,
        Action<WebApplicationBuilder> addServices,
        Action<WebApplication> mapEndpoints)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePorts.Next();
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
            {
                ["urls"] = "http://127.0.0.1:0",
                ["DevChannel:Identity:DataFolder"] = Path.Combine(Path.GetTempPath(), testArea, Guid.NewGuid().ToString("N")),
                ["DevChannel:Identity:HttpsPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            builder.AddDevIdentity();
            addServices(builder);
            var app = builder.Build();
            app.MapDevIdentity();
            mapEndpoints(app);
            try
            {
                await app.StartAsync();
                return (app, port);
            }
            catch (IOException) when (attempt < 5)
            {
                await app.DisposeAsync();
            }
        }
    }
}
