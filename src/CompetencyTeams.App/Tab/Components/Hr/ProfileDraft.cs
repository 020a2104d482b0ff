using System.Globalization;
using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Tab.Components.Hr;

/// <summary>
/// A job profile being edited against one framework version: a required level per competency (absent = not required,
/// which is not level 0), FTE needed now and at the horizon for the profile and per activity block.
/// </summary>
public sealed class ProfileDraft
{
    private readonly Dictionary<string, int> _levels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _blocksBefore = new(StringComparer.Ordinal);

    public ProfileDraft(TabProfile? existing, CompetencyFramework framework)
    {
        Existing = existing;
        Id = existing?.Id ?? "";
        NameFr = existing?.Name.Fr ?? "";
        NameEn = existing?.Name.En ?? "";
        HorizonDate = existing?.HorizonDate;
        Profile = new FteInput(existing?.FteNeeded.Now ?? 0, existing?.FteNeeded.AtHorizon ?? 0);
        Framework = framework;
        foreach (var (code, level) in existing?.RequiredLevels ?? new Dictionary<string, int>())
        {
            _levels[code] = level;
        }

        foreach (var (block, need) in existing?.FteNeededPerBlock ?? new Dictionary<string, TabFteNeeded>())
        {
            _blocksBefore.Add(block);
            PerBlock[block] = new FteInput(need.Now, need.AtHorizon);
        }

        Retarget(framework);
    }

    public TabProfile? Existing { get; }

    public string Id { get; set; }

    public string NameFr { get; set; }

    public string NameEn { get; set; }

    public DateOnly? HorizonDate { get; set; }

    public FteInput Profile { get; }

    public Dictionary<string, FteInput> PerBlock { get; } = new(StringComparer.Ordinal);

    public CompetencyFramework Framework { get; private set; }

    public int RequiredCount => _levels.Count;

    public int? LevelOf(string competencyCode) => _levels.TryGetValue(competencyCode, out var level) ? level : null;

    /// <summary>"" means not required; otherwise a value of the framework's scale (anything else is ignored).</summary>
    public void SetLevel(string competencyCode, string? value)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) && Framework.Scale.Contains(level))
        {
            _levels[competencyCode] = level;
        }
        else if (string.IsNullOrEmpty(value))
        {
            _levels.Remove(competencyCode);
        }
    }

    /// <summary>Moves the profile to another framework version: requirements and block needs whose code is gone are dropped.</summary>
    public void Retarget(CompetencyFramework framework)
    {
        Framework = framework;
        var competencies = framework.Competencies.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var code in _levels.Keys.Where(code => !competencies.Contains(code) || !framework.Scale.Contains(_levels[code])).ToList())
        {
            _levels.Remove(code);
        }

        var blocks = framework.Blocks.Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var code in PerBlock.Keys.Where(code => !blocks.Contains(code)).ToList())
        {
            PerBlock.Remove(code);
        }

        foreach (var block in blocks)
        {
            PerBlock.TryAdd(block, new FteInput(0, 0));
        }
    }

    /// <summary>The body of the save; block needs left at zero are sent only when the profile had them before.</summary>
    public TabProfile ToProfile() => new(
        Id.Trim(),
        new LocalizedText(NameFr.Trim(), NameEn.Trim()),
        new TabFrameworkRef(Framework.Id, Framework.Version),
        new Dictionary<string, int>(_levels, StringComparer.Ordinal),
        Profile.ToNeed(),
        PerBlock.Where(b => !b.Value.IsZero || _blocksBefore.Contains(b.Key)).ToDictionary(b => b.Key, b => b.Value.ToNeed(), StringComparer.Ordinal),
        HorizonDate,
        Existing?.Version);
}

/// <summary>FTE needed now and at the horizon, as the number inputs edit them.</summary>
public sealed class FteInput(double now, double atHorizon)
{
    public double Now { get; set; } = now;

    public double AtHorizon { get; set; } = atHorizon;

    public bool IsZero => Now == 0 && AtHorizon == 0;

    public TabFteNeeded ToNeed() => new(Now, AtHorizon);
}
