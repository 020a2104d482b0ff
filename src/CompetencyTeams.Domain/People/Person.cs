namespace CompetencyTeams.Domain.People;

/// <summary>
/// A member of staff, keyed by their Entra object id. <see cref="Fte"/> is the contractual full-time equivalent (1.0 = full time);
/// <see cref="TimeShares"/> splits it over activity blocks (declared in the questionnaire or imported by HR).
/// </summary>
public sealed record Person(
    string ObjectId,
    string DisplayName,
    string UserPrincipalName,
    string? TeamId,
    string? ManagerId,
    string? ProfileId,
    double Fte,
    TimeShares TimeShares,
    string PreferredLocale)
{
    /// <summary>Where the bot reaches this person proactively; null until the app is installed for them.</summary>
    public ChatAddress? ChatAddress { get; init; }

    /// <summary>False for people who left: kept for history, excluded from new audiences.</summary>
    public bool IsActive { get; init; } = true;
}
