using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.People;

/// <summary>People of the organisation, with their chat address.</summary>
public interface IPersonRepository
{
    Task<Versioned<Person>?> GetAsync(string objectId, CancellationToken cancellationToken);

    /// <summary>People by object id (missing ids are absent from the result); used to resolve audiences and team views.</summary>
    Task<IReadOnlyList<Person>> GetManyAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken);

    /// <summary>Everyone, paged (audience "everyone", organisation gap map).</summary>
    Task<Page<Person>> ListAsync(string? continuationToken, CancellationToken cancellationToken);

    Task<Page<Person>> ListByTeamAsync(string teamId, string? continuationToken, CancellationToken cancellationToken);

    Task<Page<Person>> ListByProfileAsync(string profileId, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Direct reports of a manager (a manager of nobody gets an empty page).</summary>
    Task<Page<Person>> ListDirectReportsAsync(string managerId, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Creates (expectedVersion null) or replaces under optimistic concurrency; returns the new version tag.</summary>
    Task<string> SaveAsync(Person person, string? expectedVersion, CancellationToken cancellationToken);

    /// <summary>HR import: creates or overwrites the directory fields of many people, keeping their chat address and time shares when the import has none.</summary>
    Task ImportAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken);

    /// <summary>Records (or, with null, forgets) where the bot reaches a person; on install, uninstall, or ConversationNotFound.</summary>
    Task SetChatAddressAsync(string objectId, ChatAddress? address, CancellationToken cancellationToken);

    /// <summary>Erases a person (GDPR); returns false when there was nobody to erase.</summary>
    Task<bool> DeleteAsync(string objectId, CancellationToken cancellationToken);
}
