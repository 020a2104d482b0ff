namespace CompetencyTeams.App.Tests.Features.Delivery;

/// <summary>A test that runs only with CT_LONG_TESTS set (./test.sh --long); skipped, saying so, otherwise.</summary>
public sealed class LongFactAttribute : FactAttribute
{
    public LongFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CT_LONG_TESTS")))
        {
            Skip = "Long variant: runs with CT_LONG_TESTS set (./test.sh --long).";
        }
    }
}
