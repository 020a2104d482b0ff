using System.Reflection;

namespace CompetencyTeams.TestSupport;

/// <summary>Locates the repository and the shared/ folder that sits beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    /// <summary>The ../shared folder of the workplace, or null where this checkout has none.</summary>
    public static string? SharedFolder
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    public static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    /// <summary>
    /// CT_REPO_ROOT when set (the scripts set it), else the first folder holding CompetencyTeams.sln above the binaries or the
    /// working directory, else the checkout baked in at build time (binaries built into CT_BUILD_DIR live outside it).
    /// </summary>
    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("CT_REPO_ROOT") is { Length: > 0 } fromScripts
            && File.Exists(Path.Combine(fromScripts, "CompetencyTeams.sln")))
        {
            return fromScripts;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CompetencyTeams.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CompetencyTeams.sln")))
            {
                return dir.FullName;
            }
        }

        var baked = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "CompetencyTeams.RepositoryRoot")?.Value;
        if (baked is not null && File.Exists(Path.Combine(baked, "CompetencyTeams.sln")))
        {
            return baked;
        }

        throw new InvalidOperationException("CompetencyTeams.sln not found above the test binaries or the working directory.");
    }
}
