namespace CompetencyTeams.Domain.Frameworks;

/// <summary>Points at one immutable version of a framework, e.g. <c>anap-afr</c> v1.</summary>
public readonly record struct FrameworkRef(string FrameworkId, int Version)
{
    public override string ToString() => $"{FrameworkId}@v{Version}";
}
