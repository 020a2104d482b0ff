using System.Globalization;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Tab.Components.Hr;

/// <summary>
/// A framework version being edited in the tab: plain mutable fields the inputs bind to, turned back into a
/// <see cref="CompetencyFramework"/> to send as the next draft version. Codes of new blocks and competencies continue the
/// parent's numbering ("1.2" → "1.2.4"), never reusing a code of the version edited, so that profiles and answers keep
/// matching the competencies that stay.
/// </summary>
public sealed class FrameworkDraft
{
    private readonly CompetencyFramework _base;

    // A code removed in this draft is never given to a new item: answers and profiles keyed by it mean the old one.
    private readonly HashSet<string> _baseCodes;

    public FrameworkDraft(CompetencyFramework framework)
    {
        _base = framework;
        _baseCodes = [.. framework.Blocks.Select(b => b.Code).Concat(framework.Competencies.Select(c => c.Code))];
        Name = framework.Name;
        Poles = [.. framework.Poles.Select(p => new DraftPole(p))];
        Scale = new DraftScale(framework.Scale);
    }

    public string FrameworkId => _base.Id;

    public int BaseVersion => _base.Version;

    public bool BaseIsPublished => _base.Status == FrameworkStatus.Published;

    public string Name { get; set; }

    public List<DraftPole> Poles { get; }

    public DraftScale Scale { get; }

    public IEnumerable<DraftBlock> Blocks => Poles.SelectMany(p => p.Blocks);

    public int CompetencyCount => Blocks.Sum(b => b.Competencies.Count);

    public DraftBlock AddBlock(DraftPole pole)
    {
        var block = new DraftBlock(NextCode(pole.Code, pole.Blocks.Select(b => b.Code).Concat(_baseCodes)), "");
        pole.Blocks.Add(block);
        AddCompetency(block);
        return block;
    }

    public DraftCompetency AddCompetency(DraftBlock block)
    {
        var competency = new DraftCompetency { Code = NextCode(block.Code, block.Competencies.Select(c => c.Code).Concat(_baseCodes)) };
        block.Competencies.Add(competency);
        return competency;
    }

    public void Remove(DraftBlock block)
    {
        foreach (var pole in Poles)
        {
            pole.Blocks.Remove(block);
        }
    }

    public void Remove(DraftCompetency competency)
    {
        foreach (var block in Blocks)
        {
            block.Competencies.Remove(competency);
        }
    }

    /// <summary>The edited content; the API sets the id, the version number and the draft status.</summary>
    public CompetencyFramework ToFramework() => _base with
    {
        Name = Name.Trim(),
        Poles = [.. Poles.Select(p => p.ToPole())],
        Scale = Scale.ToScale(),
    };

    /// <summary>"1.2" and its children "1.2.1", "1.2.3" → "1.2.4"; children coded otherwise are ignored.</summary>
    public static string NextCode(string parent, IEnumerable<string> siblings)
    {
        var prefix = parent + ".";
        var highest = siblings
            .Where(code => code.StartsWith(prefix, StringComparison.Ordinal))
            .Select(code => int.TryParse(code[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return prefix + (highest + 1).ToString(CultureInfo.InvariantCulture);
    }
}

public sealed class DraftPole(Pole pole)
{
    public string Code { get; } = pole.Code;

    public string Title { get; set; } = pole.Title;

    public List<DraftBlock> Blocks { get; } = [.. pole.Blocks.Select(b => new DraftBlock(b.Code, b.Title, b.Competencies))];

    public Pole ToPole() => pole with { Title = Title.Trim(), Blocks = [.. Blocks.Select(b => b.ToBlock())] };
}

public sealed class DraftBlock(string code, string title, IEnumerable<Competency>? competencies = null)
{
    public string Code { get; } = code;

    public string Title { get; set; } = title;

    public List<DraftCompetency> Competencies { get; } = [.. (competencies ?? []).Select(DraftCompetency.Of)];

    public ActivityBlock ToBlock() => new(Code, Title.Trim(), [.. Competencies.Select(c => c.ToCompetency())]);
}

/// <summary>One competency; savoirs and examples are edited as one line each.</summary>
public sealed class DraftCompetency
{
    public string Code { get; init; } = "";

    public string Title { get; set; } = "";

    public string? ShortTitle { get; init; }

    public string Description { get; set; } = "";

    public string Knowledge { get; set; } = "";

    public string Examples { get; set; } = "";

    public static DraftCompetency Of(Competency c) => new()
    {
        Code = c.Code,
        Title = c.Title,
        ShortTitle = c.ShortTitle,
        Description = c.Description,
        Knowledge = string.Join('\n', c.Knowledge),
        Examples = string.Join('\n', c.Examples),
    };

    public Competency ToCompetency() => new(Code, Title.Trim(), Description.Trim(), Lines(Knowledge), Lines(Examples)) { ShortTitle = ShortTitle };

    private static string[] Lines(string text) =>
        [.. text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
}

public sealed class DraftScale(LevelScale scale)
{
    public List<DraftLevel> Levels { get; } = [.. scale.Levels.Select(l => new DraftLevel(l))];

    /// <summary>A level after the highest (value + 1), to be described.</summary>
    public void AddLevel()
    {
        var value = Levels.Count == 0 ? 1 : Levels.Max(l => l.Value) + 1;
        Levels.Add(new DraftLevel(new ScaleLevel(value, "N" + value.ToString(CultureInfo.InvariantCulture), new LocalizedText("", ""), new LocalizedText("", ""))));
    }

    /// <summary>Only the highest level goes, so the values stay 1..N in order (profiles' levels above it become invalid for the new version).</summary>
    public void RemoveHighest()
    {
        if (Levels.Count > 0)
        {
            Levels.RemoveAt(Levels.Count - 1);
        }
    }

    public LevelScale ToScale() => scale with { Levels = [.. Levels.Select(l => l.ToLevel())] };
}

public sealed class DraftLevel(ScaleLevel level)
{
    public int Value { get; } = level.Value;

    public string Code { get; set; } = level.Code;

    public string LabelFr { get; set; } = level.Label.Fr;

    public string LabelEn { get; set; } = level.Label.En;

    public string DescriptorFr { get; set; } = level.Descriptor.Fr;

    public string DescriptorEn { get; set; } = level.Descriptor.En;

    public ScaleLevel ToLevel() =>
        new(Value, Code.Trim(), new LocalizedText(LabelFr.Trim(), LabelEn.Trim()), new LocalizedText(DescriptorFr.Trim(), DescriptorEn.Trim()));
}
