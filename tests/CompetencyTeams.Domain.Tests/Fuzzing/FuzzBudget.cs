namespace CompetencyTeams.Domain.Tests.Fuzzing;

/// <summary>
/// How many inputs each fuzz property tries: a fixed budget in ./test.sh, and <see cref="LongFactor"/> times more when
/// CT_LONG_TESTS is set (./test.sh --long). Every execution is counted so the figures in docs/security.md are measured.
/// </summary>
internal static class FuzzBudget
{
    public const int LongFactor = 25;

    private static long _executions;

    public static bool IsLong => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CT_LONG_TESTS"));

    /// <summary>Inputs executed by every fuzz property of this run so far.</summary>
    public static long Executions => Interlocked.Read(ref _executions);

    public static long Iterations(long quick) => IsLong ? quick * LongFactor : quick;

    public static void Count() => Interlocked.Increment(ref _executions);
}
