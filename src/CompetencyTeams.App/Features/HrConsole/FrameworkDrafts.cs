using System.Text.Json;
using CompetencyTeams.App.Auth;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>
/// "Edit as a new version": HR sends the whole edited framework (our JSON format) based on the version it read; it is
/// stored as the next version, a draft, so a published version never changes. Only from the newest version, and only
/// when no draft is pending (publish that one first).
/// </summary>
public static class FrameworkDrafts
{
    public static RouteGroupBuilder MapHrFrameworkDrafts(this RouteGroupBuilder hr)
    {
        hr.MapPost("/frameworks/{frameworkId}/{version:int}/drafts", CreateAsync);
        return hr;
    }

    private static async Task<IResult> CreateAsync(
        string frameworkId, int version, HttpRequest http, IFrameworkRepository frameworks, CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        var versions = await frameworks.ListVersionsAsync(frameworkId, cancellationToken);
        if (!versions.Any(v => v.Version == version))
        {
            return HrProblems.NotFound(HrTexts.NoFramework, locale, frameworkId, version);
        }

        if (versions.FirstOrDefault(v => v.Status == FrameworkStatus.Draft) is { } pending)
        {
            return HrProblems.Conflict(FrameworkDraftTexts.DraftExists, "framework.draft-exists", locale, frameworkId, pending.Version);
        }

        var newest = versions.Max(v => v.Version);
        if (newest != version)
        {
            return HrProblems.Conflict(FrameworkDraftTexts.Stale, "framework.stale", locale, frameworkId, version, newest);
        }

        var content = await RequestBody.ReadTextAsync(http, FrameworkEndpoints.MaxFileBytes, cancellationToken);
        if (content is null)
        {
            return HrProblems.TooLarge(FrameworkEndpoints.MaxFileBytes, locale);
        }

        if (Read(content) is not { } edited)
        {
            return HrProblems.Invalid("framework", FrameworkDraftTexts.Unreadable, locale);
        }

        var draft = edited with { Id = frameworkId, Version = version + 1, Status = FrameworkStatus.Draft, PublishedAt = null };
        var errors = FrameworkValidator.Validate(draft);
        if (errors.Count > 0)
        {
            return HrProblems.Invalid(ByField(errors), locale);
        }

        try
        {
            await frameworks.AddVersionAsync(draft, cancellationToken);
            return TypedResults.Created($"{TabApiExtensions.RoutePrefix}/hr/frameworks/{Uri.EscapeDataString(frameworkId)}/{draft.Version}", FrameworkVersions.Describe(draft));
        }
        catch (ConcurrencyConflictException)
        {
            return HrProblems.Conflict(FrameworkDraftTexts.Stale, "framework.stale", locale, frameworkId, version, draft.Version);
        }
    }

    /// <summary>The document without the integrity checks of an import, which stop at the first problem: the editor wants all of them.</summary>
    private static CompetencyFramework? Read(string content)
    {
        try
        {
            var document = JsonSerializer.Deserialize<DraftDocument>(content, FrameworkJson.Options);
            return document is { Format: FrameworkJson.FormatName, FormatVersion: FrameworkJson.FormatVersion, Framework: not null } ? document.Framework : null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The validator's "path: reason" lines grouped by path, as the editor shows them next to the field.</summary>
    private static Dictionary<string, string[]> ByField(IReadOnlyList<string> errors) =>
        errors
            .Select(e => e.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (Field: e[..colon], Reason: e[(colon + 1)..].Trim()) : (Field: "framework", Reason: e))
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray(), StringComparer.Ordinal);

    private sealed record DraftDocument(string Format, int FormatVersion, CompetencyFramework? Framework);
}

/// <summary>The messages of <see cref="FrameworkDrafts"/>, in French and English.</summary>
public static class FrameworkDraftTexts
{
    public static LocalizedText DraftExists { get; } = new(
        "Le référentiel {0} a déjà une version brouillon ({1}) : publiez-la avant d'en créer une autre.",
        "Framework {0} already has a draft version ({1}): publish it before creating another one.");

    public static LocalizedText Stale { get; } = new(
        "La version {1} du référentiel {0} n'est plus la dernière (la version {2} existe) : rouvrez la dernière version.",
        "Version {1} of framework {0} is no longer the newest (version {2} exists): reopen the newest version.");

    public static LocalizedText Unreadable { get; } = new(
        "Le contenu envoyé n'est pas un référentiel au format competencyteams/framework.",
        "The content sent is not a framework in the competencyteams/framework format.");
}
