using System.Text;
using CompetencyTeams.App.Localization;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;

namespace CompetencyTeams.App.Features.HrConsole;

public sealed record FrameworkVersionList(IReadOnlyList<FrameworkVersionInfo> Items);

public sealed record ImportedFramework(string FrameworkId, int Version, string Name, FrameworkStatus Status, int CompetencyCount);

public sealed record LevelScaleView(string FrameworkId, int Version, LevelScale Scale);

/// <summary>HR's framework screens: the versions, export and import in three formats, publication of a draft, and the level scale.</summary>
public static class FrameworkEndpoints
{
    /// <summary>A framework file is small (the shipped one is ~100 KB); anything far larger is not a framework.</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    public static RouteGroupBuilder MapHrFrameworks(this RouteGroupBuilder hr)
    {
        hr.MapGet("/frameworks", ListAsync);
        hr.MapGet("/frameworks/{frameworkId}/{version:int}", ExportAsync);
        hr.MapPost("/frameworks/import", ImportAsync);
        hr.MapPost("/frameworks/{frameworkId}/{version:int}/publish", PublishAsync);
        hr.MapGet("/level-scale", LevelScaleAsync);
        hr.MapHrFrameworkDrafts();
        return hr;
    }

    private static async Task<IResult> ListAsync(IFrameworkRepository frameworks, CancellationToken cancellationToken)
    {
        var all = new List<FrameworkVersionInfo>();
        foreach (var latest in await Pages.ReadAllAsync(token => frameworks.ListFrameworksAsync(token, cancellationToken)))
        {
            all.AddRange(await frameworks.ListVersionsAsync(latest.FrameworkId, cancellationToken));
        }

        return TypedResults.Ok(new FrameworkVersionList(all));
    }

    private static async Task<IResult> ExportAsync(
        string frameworkId, int version, string? format, HttpRequest http, IFrameworkRepository frameworks, TimeProvider clock, CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        format = (format ?? FrameworkFiles.Json).ToLowerInvariant();
        if (!FrameworkFiles.IsKnown(format))
        {
            return HrProblems.Invalid("format", HrTexts.UnknownFormat, locale, format, FrameworkFiles.Choices);
        }

        var stored = await frameworks.GetAsync(new FrameworkRef(frameworkId, version), cancellationToken);
        if (stored is null)
        {
            return HrProblems.NotFound(HrTexts.NoFramework, locale, frameworkId, version);
        }

        var (content, contentType, extension) = FrameworkFiles.Export(stored.Value, format, clock.GetUtcNow());
        return TypedResults.File(Encoding.UTF8.GetBytes(content), contentType, $"{frameworkId}-v{version}.{extension}");
    }

    private static async Task<IResult> ImportAsync(
        string? format,
        string? frameworkId,
        string? name,
        string? language,
        int? version,
        bool? publish,
        HttpRequest http,
        IFrameworkRepository frameworks,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        format = (format ?? "").ToLowerInvariant();
        if (!FrameworkFiles.IsKnown(format))
        {
            return HrProblems.Invalid("format", HrTexts.UnknownFormat, locale, format, FrameworkFiles.Choices);
        }

        if (format == FrameworkFiles.Csv && (string.IsNullOrWhiteSpace(frameworkId) || string.IsNullOrWhiteSpace(name)))
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (field, value) in new[] { ("frameworkId", frameworkId), ("name", name) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)))
            {
                errors[field] = [HrTexts.Required.For(locale)];
            }

            return HrProblems.Invalid(errors, locale);
        }

        var content = await RequestBody.ReadTextAsync(http, MaxFileBytes, cancellationToken);
        if (content is null)
        {
            return HrProblems.TooLarge(MaxFileBytes, locale);
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            return HrProblems.Invalid("file", HrTexts.EmptyBody, locale);
        }

        CompetencyFramework imported;
        try
        {
            var scale = format == FrameworkFiles.Csv ? await ScaleForAsync(frameworks, frameworkId!, cancellationToken) : DefaultLevelScale.Create();
            imported = FrameworkFiles.Import(content, format, new CsvMetadata(frameworkId?.Trim() ?? "", name?.Trim() ?? "", language?.Trim() ?? "fr", scale));
        }
        catch (FrameworkImportException error)
        {
            return FileProblem(error, locale);
        }

        return await FrameworkVersions.AddAsync(frameworks, imported, version, publish ?? false, locale, clock, cancellationToken);
    }

    private static async Task<IResult> PublishAsync(string frameworkId, int version, HttpRequest http, IFrameworkRepository frameworks, TimeProvider clock, CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        var stored = await frameworks.GetAsync(new FrameworkRef(frameworkId, version), cancellationToken);
        if (stored is null)
        {
            return HrProblems.NotFound(HrTexts.NoFramework, locale, frameworkId, version);
        }

        try
        {
            var published = stored.Value.Publish(clock);
            await frameworks.ReplaceDraftAsync(published, stored.Version, cancellationToken);
            return TypedResults.Ok(FrameworkVersions.Describe(published));
        }
        catch (DomainRuleException rule)
        {
            return HrProblems.FromRule(rule, "framework", locale);
        }
        catch (ConcurrencyConflictException)
        {
            return HrProblems.Concurrency(locale);
        }
    }

    private static async Task<IResult> LevelScaleAsync(string? frameworkId, int? version, HttpRequest http, IFrameworkRepository frameworks, CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        if (frameworkId is null)
        {
            var catalog = await Pages.ReadAllAsync(token => frameworks.ListFrameworksAsync(token, cancellationToken));
            if (catalog.Count == 0)
            {
                return HrProblems.NotFound(HrTexts.NoFrameworkAtAll, locale);
            }

            (frameworkId, version) = (catalog[0].FrameworkId, version ?? catalog[0].Version);
        }

        var versions = version is null ? await frameworks.ListVersionsAsync(frameworkId, cancellationToken) : [];
        var target = version ?? (versions.Count > 0 ? versions[0].Version : 0);
        var stored = await frameworks.GetAsync(new FrameworkRef(frameworkId, target), cancellationToken);
        return stored is null
            ? HrProblems.NotFound(HrTexts.NoFramework, locale, frameworkId, target)
            : TypedResults.Ok(new LevelScaleView(frameworkId, target, stored.Value.Scale));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem FileProblem(FrameworkImportException error, string locale)
    {
        var where = error.Line is { } line ? $"line {line}" : error.Field ?? "file";
        var detail = HrTexts.FileError.Format(locale, error.Message);
        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [where] = [error.Message] },
            detail,
            title: "Invalid request",
            extensions: new Dictionary<string, object?> { ["code"] = "framework.import", ["line"] = error.Line, ["field"] = error.Field });
    }

    private static async Task<LevelScale> ScaleForAsync(IFrameworkRepository frameworks, string frameworkId, CancellationToken cancellationToken)
    {
        var versions = await frameworks.ListVersionsAsync(frameworkId.Trim(), cancellationToken);
        var stored = versions.Count == 0 ? null : await frameworks.GetAsync(new FrameworkRef(versions[0].FrameworkId, versions[0].Version), cancellationToken);
        return stored?.Value.Scale ?? DefaultLevelScale.Create();
    }
}
