using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Frameworks;

/// <summary>
/// Fast lookups over one framework version: competency by code, its block, and a dense ordinal (0..N-1)
/// used by the gap analysis to work on arrays. Build once per version and share (read-only, thread-safe).
/// </summary>
public sealed class FrameworkIndex
{
    private readonly Dictionary<string, int> _competencyOrdinals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _blockOrdinals = new(StringComparer.Ordinal);

    public FrameworkIndex(CompetencyFramework framework)
    {
        Framework = framework;
        var competencies = new List<Competency>();
        var blocks = new List<ActivityBlock>();
        var blockOfCompetency = new List<int>();
        foreach (var block in framework.Blocks)
        {
            _blockOrdinals[block.Code] = blocks.Count;
            foreach (var competency in block.Competencies)
            {
                _competencyOrdinals[competency.Code] = competencies.Count;
                competencies.Add(competency);
                blockOfCompetency.Add(blocks.Count);
            }

            blocks.Add(block);
        }

        Competencies = competencies;
        Blocks = blocks;
        BlockOrdinalOfCompetency = [.. blockOfCompetency];
    }

    public CompetencyFramework Framework { get; }

    /// <summary>Competencies in framework order; position = ordinal.</summary>
    public IReadOnlyList<Competency> Competencies { get; }

    /// <summary>Blocks in framework order; position = ordinal.</summary>
    public IReadOnlyList<ActivityBlock> Blocks { get; }

    /// <summary>For each competency ordinal, the ordinal of its block.</summary>
    public IReadOnlyList<int> BlockOrdinalOfCompetency { get; }

    public int CompetencyCount => Competencies.Count;

    public int BlockCount => Blocks.Count;

    public bool TryGetCompetencyOrdinal(string code, out int ordinal) => _competencyOrdinals.TryGetValue(code, out ordinal);

    public bool TryGetBlockOrdinal(string code, out int ordinal) => _blockOrdinals.TryGetValue(code, out ordinal);

    public Competency? FindCompetency(string code) => _competencyOrdinals.TryGetValue(code, out var i) ? Competencies[i] : null;

    public ActivityBlock? FindBlock(string code) => _blockOrdinals.TryGetValue(code, out var i) ? Blocks[i] : null;

    /// <summary>The block that holds a competency; throws a domain error for an unknown code.</summary>
    public ActivityBlock BlockOf(string competencyCode) =>
        _competencyOrdinals.TryGetValue(competencyCode, out var i)
            ? Blocks[BlockOrdinalOfCompetency[i]]
            : throw UnknownCompetency(competencyCode);

    public DomainRuleException UnknownCompetency(string code) =>
        new("framework.unknown-competency", $"Competency '{code}' is not in framework {Framework.Ref}.");

    public DomainRuleException UnknownBlock(string code) =>
        new("framework.unknown-block", $"Activity block '{code}' is not in framework {Framework.Ref}.");
}
