namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// Where an erased person appeared in records that belong to someone else, counted per kind of record. Each of these
/// now names the pseudonym (or, for directory links, nobody).
/// </summary>
public static class ReferenceKinds
{
    /// <summary>Teams they managed: kept, with no manager until the directory names one.</summary>
    public const string TeamManager = "teams.manager";

    /// <summary>People whose manager they were (directory link cleared).</summary>
    public const string PersonManager = "people.manager";

    /// <summary>Other people's assessments frozen with them as the manager.</summary>
    public const string AssessmentManager = "assessments.manager";

    /// <summary>Other people's assessments they validated (the manager levels and comments stay, authored by the pseudonym).</summary>
    public const string AssessmentValidator = "assessments.validatedBy";

    /// <summary>Other people's campaign invitations frozen with them as the manager.</summary>
    public const string AssignmentManager = "assignments.manager";

    /// <summary>Campaigns they created.</summary>
    public const string CampaignCreator = "campaigns.createdBy";

    /// <summary>Plan actions they own or created, or that named them (the person link is removed).</summary>
    public const string ActionItem = "actionPlans.actions";

    /// <summary>Action plans they changed last.</summary>
    public const string PlanEditor = "actionPlans.updatedBy";

    /// <summary>SharePoint publication requests they made.</summary>
    public const string PublicationRequester = "summaryPublications.requestedBy";
}

/// <summary>The counts per <see cref="ReferenceKinds"/> kind, the teams left without a manager, and the summaries that mention the person.</summary>
public sealed class ErasedReferences
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _teamsWithoutManager = [];
    private readonly HashSet<(string CampaignId, string TeamId)> _summaries = [];

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public IReadOnlyList<string> TeamsWithoutManager => _teamsWithoutManager;

    /// <summary>Team summaries that named the person (as manager or in a lever): to recompute and republish.</summary>
    public IReadOnlyCollection<(string CampaignId, string TeamId)> Summaries => _summaries;

    public int this[string kind] => _counts.GetValueOrDefault(kind);

    public void Add(string kind, int count = 1)
    {
        if (count > 0)
        {
            _counts[kind] = this[kind] + count;
        }
    }

    public void TeamLeftWithoutManager(string teamId)
    {
        _teamsWithoutManager.Add(teamId);
        Add(ReferenceKinds.TeamManager);
    }

    public void SummaryMentions(string campaignId, string teamId) => _summaries.Add((campaignId, teamId));
}
