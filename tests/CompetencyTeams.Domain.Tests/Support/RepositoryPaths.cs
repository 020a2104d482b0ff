using System.Runtime.CompilerServices;

namespace CompetencyTeams.Domain.Tests.Support;

/// <summary>Paths in the source tree, found from this file's location (build outputs may live outside the repository).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ShippedFrameworkFile => Path.Combine(Root, "src", "CompetencyTeams.Domain", "Frameworks", "Data", "anap-afr.v1.json");

    /// <summary>The référentiel's source text, beside the repository (../shared/seeds); absent on most clones.</summary>
    public static string FrameworkSeedFile => Path.Combine(Root, "..", "shared", "seeds", "001_99a934c563032bd8.txt");

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(thisFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CompetencyTeams.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CompetencyTeams.sln not found above " + thisFile);
    }
}

/// <summary>A fact that needs the référentiel's source text; skipped, saying why, when ../shared/seeds is absent.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (!File.Exists(RepositoryPaths.FrameworkSeedFile))
        {
            Skip = $"The référentiel source text is not beside this clone ({Path.GetFullPath(RepositoryPaths.FrameworkSeedFile)}); the converter check needs it.";
        }
    }
}
