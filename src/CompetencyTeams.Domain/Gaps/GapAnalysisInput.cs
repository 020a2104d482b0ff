using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.Domain.Gaps;

/// <summary>
/// What a gap analysis looks at: one framework version, the job profiles, the people analysed (usually a campaign's
/// audience), their teams, and their assessments in that campaign (people without one count as not assessed).
/// </summary>
public sealed record GapAnalysisInput(
    FrameworkIndex Framework,
    IReadOnlyList<JobProfile> Profiles,
    IReadOnlyList<Person> People,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<Assessment> Assessments);
