namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// What one erasure removed. <see cref="PersonId"/> is only in the answer to HR, never stored: the audit log and
/// every kept record name the person by <see cref="Pseudonym"/> from now on.
/// </summary>
public sealed record ErasureReport(string PersonId, string Pseudonym, DateTimeOffset ErasedAt, string ErasedBy)
{
    public bool ProfileDeleted { get; init; }

    /// <summary>The 1:1 conversation reference the bot used to reach the person (forgotten with the profile).</summary>
    public bool ConversationReferenceForgotten { get; init; }

    public int AssessmentsDeleted { get; init; }

    /// <summary>Comments inside the deleted assessments: the person's own per block, and the manager's about them.</summary>
    public int CommentsDeleted { get; init; }

    /// <summary>Campaign invitations (delivery rows, with their conversation and card ids).</summary>
    public int AssignmentsDeleted { get; init; }

    /// <summary>Plan actions that named the person (now unlinked) or that they owned or created (now the pseudonym's).</summary>
    public int ActionItemsUpdated { get; init; }

    /// <summary>
    /// Other people's records that named the person, per kind (<see cref="ReferenceKinds"/>: "teams.manager",
    /// "assessments.validatedBy", …), now naming the pseudonym or, for directory links, nobody. Kinds not found are absent.
    /// </summary>
    public IReadOnlyDictionary<string, int> References { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Teams the person managed: kept, with no manager until HR or the next directory import names one.</summary>
    public IReadOnlyList<string> TeamsLeftWithoutManager { get; init; } = [];

    public int AuditEntriesPseudonymized { get; init; }

    /// <summary>Team summaries recomputed without the person and queued for republication to SharePoint.</summary>
    public IReadOnlyList<RepublishedSummary> TeamSummaries { get; init; } = [];
}

/// <summary>One team summary the erasure touched, and where its SharePoint republication stands.</summary>
public sealed record RepublishedSummary(string CampaignId, string TeamId, string Publication);
