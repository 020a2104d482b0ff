namespace CompetencyTeams.Domain.Levers;

/// <summary>The four HR levers of ANAP step 6 (§4.2.1–4.2.4).</summary>
public enum LeverType
{
    Training,
    Recruitment,
    Mobility,
    Organisation,
}
