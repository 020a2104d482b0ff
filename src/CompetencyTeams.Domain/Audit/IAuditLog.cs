using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Audit;

/// <summary>Append-only audit log.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Entries between two instants, newest first, paged.</summary>
    Task<Page<AuditEntry>> ListAsync(DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Entries about one person's data (GDPR export), newest first, paged.</summary>
    Task<Page<AuditEntry>> ListForSubjectAsync(string personId, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Entries made by one actor, newest first, paged.</summary>
    Task<Page<AuditEntry>> ListByActorAsync(string actorId, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Erasure: replaces a person's id (as actor and as subject) by a pseudonym everywhere; returns how many entries changed.</summary>
    Task<int> PseudonymizeAsync(string personId, string pseudonym, CancellationToken cancellationToken);
}
