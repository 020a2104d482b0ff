using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Levers;

namespace CompetencyTeams.Domain.Gaps;

/// <summary>
/// The pre-aggregated picture of one team in one campaign: what the dashboard opens with and what is published to
/// SharePoint. Rebuilt from the assessments whenever they change (it is a cache, never the source of truth).
/// </summary>
public sealed record TeamSummary(string CampaignId, string TeamId, DateTimeOffset ComputedAt)
{
    public string TeamName { get; init; } = "";

    public string? ManagerId { get; init; }

    public int Headcount { get; init; }

    /// <summary>People per participation state (every person of the team's audience in exactly one).</summary>
    public IReadOnlyDictionary<ParticipationState, int> Participation { get; init; } = new Dictionary<ParticipationState, int>();

    public int ValidatedCount { get; init; }

    /// <summary>Mean gap over every (person, required competency) pair that was assessed; null when nothing was.</summary>
    public double? MeanGap { get; init; }

    public IReadOnlyList<CompetencyCoverage> Competencies { get; init; } = [];

    /// <summary>Codes of the competencies with at most one holder among those who require them.</summary>
    public IReadOnlyList<string> CriticalCompetencies { get; init; } = [];

    /// <summary>FTE needed − available per profile (positive = shortfall), now and at the horizon.</summary>
    public IReadOnlyList<FteBalance> FteByProfile { get; init; } = [];

    public IReadOnlyList<FteBalance> FteByBlock { get; init; } = [];

    public IReadOnlyList<LeverProposal> TopLevers { get; init; } = [];
}

/// <summary>The team summary store: one row per team per campaign.</summary>
public interface ITeamSummaryRepository
{
    Task<Common.Versioned<TeamSummary>?> GetAsync(string campaignId, string teamId, CancellationToken cancellationToken);

    /// <summary>Writes the summary (it is derived data: last writer wins, no version needed); returns the new version tag.</summary>
    Task<string> UpsertAsync(TeamSummary summary, CancellationToken cancellationToken);

    Task<Common.Page<TeamSummary>> ListForCampaignAsync(string campaignId, string? continuationToken, CancellationToken cancellationToken);
}
