using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Profiles;

namespace CompetencyTeams.Domain.Assessments;

/// <summary>
/// What an assessment change is checked against: the campaign (state, deadline), its framework version and the
/// person's profile. The questionnaire covers the competencies the profile requires; without a profile (or with
/// a profile that requires nothing) it covers the whole framework.
/// </summary>
public sealed class AssessmentContext
{
    private readonly HashSet<string> _scope;

    public AssessmentContext(Campaign campaign, FrameworkIndex framework, JobProfile? profile)
    {
        if (campaign.Framework != framework.Framework.Ref)
        {
            throw new DomainRuleException("assessment.framework-mismatch", $"Campaign {campaign.Id} runs on {campaign.Framework}, not {framework.Framework.Ref}.");
        }

        Campaign = campaign;
        Framework = framework;
        Profile = profile;
        var required = profile?.RequiredLevels.Keys.Where(c => framework.FindCompetency(c) is not null).ToList() ?? [];
        _scope = required.Count > 0
            ? new HashSet<string>(required, StringComparer.Ordinal)
            : new HashSet<string>(framework.Competencies.Select(c => c.Code), StringComparer.Ordinal);
        Blocks = [.. framework.Blocks.Where(b => b.Competencies.Any(c => _scope.Contains(c.Code)))];
    }

    public Campaign Campaign { get; }

    public FrameworkIndex Framework { get; }

    public JobProfile? Profile { get; }

    public LevelScale Scale => Framework.Framework.Scale;

    /// <summary>The blocks of the questionnaire, in framework order (one card each).</summary>
    public IReadOnlyList<ActivityBlock> Blocks { get; }

    public IReadOnlyCollection<string> ScopeCodes => _scope;

    public bool InScope(string competencyCode) => _scope.Contains(competencyCode);

    /// <summary>The competencies of one block that the questionnaire asks, in order.</summary>
    public IReadOnlyList<Competency> CompetenciesOf(ActivityBlock block) => [.. block.Competencies.Where(c => _scope.Contains(c.Code))];

    public ActivityBlock RequireBlock(string blockCode) =>
        Blocks.FirstOrDefault(b => string.Equals(b.Code, blockCode, StringComparison.Ordinal))
        ?? throw new DomainRuleException("assessment.block-not-in-questionnaire", $"Block '{blockCode}' is not part of this questionnaire ({Framework.Framework.Ref}).");
}
