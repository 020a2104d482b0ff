using System.Text.Json.Serialization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Frameworks;

/// <summary>Draft versions may still be edited; a published version never changes (campaigns report against it).</summary>
public enum FrameworkStatus
{
    Draft,
    Published,
}

/// <summary>
/// A competency framework (référentiel) version: pôles → activity blocks → competencies, with its level scale.
/// Immutable once published; editing creates the next version (<see cref="NextDraft"/>).
/// </summary>
public sealed record CompetencyFramework(
    string Id,
    int Version,
    string Name,
    string Language,
    FrameworkStatus Status,
    IReadOnlyList<Pole> Poles,
    LevelScale Scale)
{
    /// <summary>Where the content comes from (publication, address); free text.</summary>
    public string? Source { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    [JsonIgnore]
    public FrameworkRef Ref => new(Id, Version);

    [JsonIgnore]
    public IEnumerable<ActivityBlock> Blocks => Poles.SelectMany(p => p.Blocks);

    [JsonIgnore]
    public IEnumerable<Competency> Competencies => Poles.SelectMany(p => p.Blocks).SelectMany(b => b.Competencies);

    /// <summary>Publishes this draft: from now on it can be used by campaigns and never changes.</summary>
    public CompetencyFramework Publish(TimeProvider clock)
    {
        if (Status == FrameworkStatus.Published)
        {
            throw new DomainRuleException("framework.already-published", $"Framework {Ref} is already published.");
        }

        var errors = FrameworkValidator.Validate(this);
        if (errors.Count > 0)
        {
            throw new DomainRuleException("framework.invalid", $"Framework {Ref} cannot be published: {string.Join("; ", errors)}");
        }

        return this with { Status = FrameworkStatus.Published, PublishedAt = clock.GetUtcNow() };
    }

    /// <summary>A new draft version with the same content, to be edited (the published one stays as it is).</summary>
    public CompetencyFramework NextDraft(int nextVersion)
    {
        if (nextVersion <= Version)
        {
            throw new DomainRuleException("framework.version-order", $"The next version of {Id} must be greater than {Version}.");
        }

        return this with { Version = nextVersion, Status = FrameworkStatus.Draft, PublishedAt = null };
    }

    /// <summary>Throws unless this version may be edited in place.</summary>
    public void EnsureEditable()
    {
        if (Status == FrameworkStatus.Published)
        {
            throw new DomainRuleException("framework.immutable", $"Framework {Ref} is published and cannot change; create a new version.");
        }
    }
}

/// <summary>A pôle (domain of activity), e.g. "1 – Gestion des relations avec les clients, usagers et adhérents".</summary>
public sealed record Pole(string Code, string Title, string? Description, IReadOnlyList<ActivityBlock> Blocks);

/// <summary>An activity block (bloc d'activités), e.g. "1.1". Time shares and FTE needs are expressed per block.</summary>
public sealed record ActivityBlock(string Code, string Title, IReadOnlyList<Competency> Competencies);

/// <summary>
/// One competency. <see cref="Code"/> is stable across versions (e.g. "1.1.2") so that profiles and answers survive a new version.
/// <see cref="ShortTitle"/> is the shorter wording the source sometimes uses on the "Compétence :" line (null when identical).
/// </summary>
public sealed record Competency(
    string Code,
    string Title,
    string Description,
    IReadOnlyList<string> Knowledge,
    IReadOnlyList<string> Examples)
{
    public string? ShortTitle { get; init; }
}
