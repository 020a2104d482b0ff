using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>Stores an imported framework as a new version: the next number after the highest, or the one HR asked for.</summary>
public static class FrameworkVersions
{
    public static async Task<IResult> AddAsync(
        IFrameworkRepository frameworks, CompetencyFramework imported, int? askedVersion, bool publish, string locale, TimeProvider clock, CancellationToken cancellationToken)
    {
        var existing = await frameworks.ListVersionsAsync(imported.Id, cancellationToken);
        var number = askedVersion ?? (existing.Count == 0 ? imported.Version : existing.Max(v => v.Version) + 1);
        if (number < 1)
        {
            return HrProblems.Invalid("version", HrTexts.UnknownValue, locale, number, "1, 2, …");
        }

        if (existing.Any(v => v.Version == number))
        {
            return HrProblems.Exists(HrTexts.FrameworkVersionExists, locale, imported.Id, number);
        }

        try
        {
            var framework = imported with { Version = number, Status = FrameworkStatus.Draft, PublishedAt = null };
            framework = publish ? framework.Publish(clock) : framework;
            await frameworks.AddVersionAsync(framework, cancellationToken);
            return TypedResults.Created($"/api/tab/hr/frameworks/{Uri.EscapeDataString(framework.Id)}/{number}", Describe(framework));
        }
        catch (DomainRuleException rule)
        {
            return HrProblems.FromRule(rule, "framework", locale);
        }
        catch (ConcurrencyConflictException)
        {
            return HrProblems.Exists(HrTexts.FrameworkVersionExists, locale, imported.Id, number);
        }
    }

    public static ImportedFramework Describe(CompetencyFramework framework) =>
        new(framework.Id, framework.Version, framework.Name, framework.Status, framework.Competencies.Count());
}
