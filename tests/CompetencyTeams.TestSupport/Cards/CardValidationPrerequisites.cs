namespace CompetencyTeams.TestSupport.Cards;

/// <summary>
/// Where the card validators find what they need, and why they cannot run when something is missing.
/// Each reason is null when the prerequisite is present.
/// </summary>
public static class CardValidationPrerequisites
{
    /// <summary>Overrides the Chromium executable (default: Debian's /usr/bin/chromium).</summary>
    public const string ChromiumPathVariable = "CT_CHROMIUM_PATH";

    public const string SchemaFileName = "adaptive-card-schema-1.5.0.json";

    public static string RepositoryRoot => RepositoryPaths.RepositoryRoot;

    public static string? SchemaPath
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(shared) ? Path.Combine(shared, "reference", SchemaFileName) : null;
        }
    }

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string RendererBundlePath =>
        InRepository("node_modules", "adaptivecards", "dist", "adaptivecards.min.js");

    public static string CardChecksScriptPath => InRepository("tools", "cards", "card-checks.js");

    public static string? SchemaUnavailableReason
    {
        get
        {
            var path = SchemaPath;
            if (path is null)
            {
                return $"Skipped: the shared/ folder beside the repository is absent, so the official Adaptive Card 1.5 " +
                    $"JSON schema (shared/reference/{SchemaFileName}, not ours to commit) cannot be read.";
            }

            return File.Exists(path) ? null : $"Skipped: the official Adaptive Card 1.5 JSON schema is missing at {path}.";
        }
    }

    public static string? RendererUnavailableReason
    {
        get
        {
            if (!File.Exists(ChromiumPath))
            {
                return $"Skipped: no Chromium at {ChromiumPath} (apt-get install chromium, or set {ChromiumPathVariable}); " +
                    "the official adaptivecards renderer runs in headless Chromium.";
            }

            if (!File.Exists(RendererBundlePath))
            {
                return $"Skipped: the adaptivecards npm package is not installed ({RendererBundlePath} missing; run npm ci).";
            }

            return File.Exists(CardChecksScriptPath) ? null : $"Skipped: {CardChecksScriptPath} is missing.";
        }
    }

    private static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);
}
