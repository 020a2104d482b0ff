namespace CompetencyTeams.Domain.Levers;

/// <summary>
/// The thresholds of the lever rules, as data (configuration or JSON), explained in docs/domain.md.
/// </summary>
public sealed record LeverRules
{
    public static LeverRules Default { get; } = new();

    /// <summary>Training: the person is at most this many levels below the required level…</summary>
    public int TrainingMaxGap { get; init; } = 1;

    /// <summary>…and someone in the same team (or, if allowed, elsewhere) holds at least the required level to learn from.</summary>
    public bool TrainingTutorMayBeInOtherTeam { get; init; } = true;

    /// <summary>Mobility: someone in another team holds the competency at least this many levels above what that team requires of them.</summary>
    public int MobilityMinSurplus { get; init; } = 1;

    /// <summary>Recruitment: an FTE shortfall (needed − available) of at least this much, for a profile or a block.</summary>
    public double RecruitmentMinFteShortfall { get; init; } = 0.5;

    /// <summary>Recruitment: a required competency with no holder anywhere in the organisation.</summary>
    public bool RecruitWhenNoHolderAnywhere { get; init; } = true;

    /// <summary>Critical competency: a team has at most this many holders of a competency it requires.</summary>
    public int CriticalMaxHolders { get; init; } = 1;

    /// <summary>Organisation (redistribute time): a block has a surplus of at least this many FTE while another block is short.</summary>
    public double OrganisationMinFteSurplus { get; init; } = 0.3;

    /// <summary>Organisation (pair people): in a critical competency with exactly one holder, pair the holder with a colleague.</summary>
    public bool PairOnSingleHolder { get; init; } = true;

    /// <summary>Organisation (change requirements): at least this share of a profile's people are below a requirement.</summary>
    public double ReviewRequirementMinShareBelow { get; init; } = 0.8;

    /// <summary>…and at least this many people hold the profile (fewer is not evidence).</summary>
    public int ReviewRequirementMinPeople { get; init; } = 3;

    /// <summary>At most this many proposals per team, most severe first (0 = no limit).</summary>
    public int MaxProposalsPerTeam { get; init; } = 50;
}
