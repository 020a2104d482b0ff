using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Profiles;

namespace CompetencyTeams.App.Features.HrConsole;

public sealed record ProfileView(
    string Id,
    LocalizedText Name,
    FrameworkRef Framework,
    IReadOnlyDictionary<string, int> RequiredLevels,
    FteNeed FteNeeded,
    IReadOnlyDictionary<string, FteNeed> FteNeededPerBlock,
    DateOnly? HorizonDate,
    string Version)
{
    public static ProfileView Of(JobProfile p, string version) =>
        new(p.Id, p.Name, p.Framework, p.RequiredLevels, p.FteNeeded, p.FteNeededPerBlock, p.HorizonDate, version);
}

public sealed record ProfileList(IReadOnlyList<ProfileView> Items, string? Continuation);

/// <summary>A profile as HR saves it; <see cref="Version"/> null creates it.</summary>
public sealed record SaveProfileRequest(
    TextInput? Name,
    FrameworkRef? Framework,
    IReadOnlyDictionary<string, int>? RequiredLevels,
    FteNeed? FteNeeded,
    IReadOnlyDictionary<string, FteNeed>? FteNeededPerBlock,
    DateOnly? HorizonDate,
    string? Version);

/// <summary>HR's job profiles: required level per competency, FTE needed now and at the horizon (per profile and per block).</summary>
public static class ProfileEndpoints
{
    public static RouteGroupBuilder MapHrProfiles(this RouteGroupBuilder hr)
    {
        hr.MapGet("/profiles", ListAsync);
        hr.MapPut("/profiles/{profileId}", SaveAsync);
        return hr;
    }

    private static async Task<IResult> ListAsync(string? continuation, IJobProfileRepository profiles, CancellationToken cancellationToken)
    {
        var page = await profiles.ListAsync(continuation, cancellationToken);
        return TypedResults.Ok(new ProfileList([.. page.Items.Select(p => ProfileView.Of(p.Value, p.Version))], page.ContinuationToken));
    }

    private static async Task<IResult> SaveAsync(
        string profileId, SaveProfileRequest request, HttpRequest http, IJobProfileRepository profiles, FrameworkIndexCache frameworks, CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        var name = request.Name?.ToText();
        if (name is null || (string.IsNullOrWhiteSpace(name.Fr) && string.IsNullOrWhiteSpace(name.En)))
        {
            return HrProblems.Invalid("name", HrTexts.Required, locale);
        }

        if (request.Framework is not { } reference)
        {
            return HrProblems.Invalid("framework", HrTexts.Required, locale);
        }

        var framework = await frameworks.GetAsync(reference, cancellationToken);
        if (framework is null)
        {
            return HrProblems.Invalid("framework", HrTexts.NoFramework, locale, reference.FrameworkId, reference.Version);
        }

        var profile = new JobProfile(
            profileId,
            name,
            reference,
            new Dictionary<string, int>(request.RequiredLevels ?? new Dictionary<string, int>(), StringComparer.Ordinal),
            request.FteNeeded ?? FteNeed.None,
            new Dictionary<string, FteNeed>(request.FteNeededPerBlock ?? new Dictionary<string, FteNeed>(), StringComparer.Ordinal))
        {
            HorizonDate = request.HorizonDate,
        };
        try
        {
            profile.EnsureValidAgainst(framework);
            var version = await profiles.SaveAsync(profile, string.IsNullOrWhiteSpace(request.Version) ? null : request.Version, cancellationToken);
            return TypedResults.Ok(ProfileView.Of(profile, version));
        }
        catch (DomainRuleException rule)
        {
            return HrProblems.FromRule(rule, FieldOf(rule.Code), locale);
        }
        catch (ConcurrencyConflictException)
        {
            return string.IsNullOrWhiteSpace(request.Version) ? HrProblems.Exists(HrTexts.ProfileExists, locale, profileId) : HrProblems.Concurrency(locale);
        }
    }

    private static string FieldOf(string code) => code switch
    {
        "framework.unknown-competency" or "profile.level-out-of-scale" => "requiredLevels",
        "framework.unknown-block" => "fteNeededPerBlock",
        "profile.negative-fte" => "fteNeeded",
        _ => "profile",
    };
}
