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

    /// <summary>Plan actions that named the person (now unlinked) or that they owned (now owned by the pseudonym).</summary>
    public int ActionItemsUpdated { get; init; }

    public int AuditEntriesPseudonymized { get; init; }

    /// <summary>Team summaries recomputed without the person and queued for republication to SharePoint.</summary>
    public IReadOnlyList<RepublishedSummary> TeamSummaries { get; init; } = [];
}

/// <summary>One team summary the erasure touched, and where its SharePoint republication stands.</summary>
public sealed record RepublishedSummary(string CampaignId, string TeamId, string Publication);
