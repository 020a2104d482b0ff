namespace CompetencyTeams.Domain.Common;

/// <summary>A value read from storage with the version tag that a later conditional write must present.</summary>
public sealed record Versioned<T>(T Value, string Version);
