using Microsoft.Extensions.FileProviders;

namespace CompetencyTeams.DevChannel.Hosting;

/// <summary>Serves the official front-end libraries the pages use (adaptivecards, teams-js) straight from the repository's node_modules.</summary>
public static class NodeLibraryEndpoints
{
    private static readonly Dictionary<string, string> Libraries = new(StringComparer.Ordinal)
    {
        ["adaptivecards.min.js"] = "adaptivecards/dist/adaptivecards.min.js",
        ["teams-js.min.js"] = "@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js",
    };

    public static IEndpointRouteBuilder MapNodeLibraries(this IEndpointRouteBuilder endpoints, IWebHostEnvironment environment, IConfiguration configuration)
    {
        var root = configuration["DevChannel:NodeModulesPath"]
            ?? Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", "node_modules"));
        var files = new PhysicalFileProvider(root);
        endpoints.MapGet("/lib/{name}", (string name) =>
        {
            if (!Libraries.TryGetValue(name, out var relative) || files.GetFileInfo(relative) is not { Exists: true, PhysicalPath: { } path })
            {
                return Results.NotFound();
            }

            return Results.File(path, "text/javascript");
        });
        return endpoints;
    }
}
