using System.Diagnostics;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.Levers;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.Benchmarks;

/// <summary>
/// Full gap analysis of a synthetic organisation on the shipped framework: qualitative and quantitative gaps, lever
/// proposals and the 500 team summaries. Pure computation (no storage). Reports the median of several runs after a warm-up;
/// <c>cpu_ms</c> (process CPU time) is the cost independent of other load on the machine, <c>peak_mb</c> the process peak
/// working set (input data included).
/// </summary>
public sealed class GapAnalysisBenchmark : IBenchmark
{
    private const int People = 10_000;
    private const int Teams = 500;
    private const int Runs = 7;

    public string Name => "gap-analysis";

    public string Description => $"gap analysis + levers + team summaries, {People:N0} people × the shipped framework, {Teams} teams (median of {Runs})";

    public Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var framework = new FrameworkIndex(ShippedFrameworks.AnapAfr);
        var input = Generate(framework, People, Teams);
        var clock = TimeProvider.System;
        Analyse(input, clock);
        var timings = new List<double>();
        var cpu = new List<double>();
        long allocated = 0;
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < Runs; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var summaries = Analyse(input, clock);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(summaries);
        }

        timings.Sort();
        cpu.Sort();
        process.Refresh();
        var result = new BenchmarkResult()
            .Add("wall_ms", timings[Runs / 2], "ms")
            .Add("peak_mb", process.PeakWorkingSet64 / 1024d / 1024d, "MB")
            .Add("cpu_ms", cpu[Runs / 2], "ms");
        result.Parameters["people"] = People;
        result.Parameters["teams"] = Teams;
        result.Parameters["competencies"] = framework.CompetencyCount;
        result.Parameters["runs"] = Runs;
        result.Parameters["min_ms"] = Math.Round(timings[0], 2);
        result.Parameters["max_ms"] = Math.Round(timings[^1], 2);
        result.Parameters["allocated_mb_per_run"] = Math.Round(allocated / 1024d / 1024d, 1);
        // Wall time on a shared machine depends on what else runs: record the load so the figure can be read.
        result.Parameters["load_average"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        return Task.FromResult(result);
    }

    private static List<TeamSummary> Analyse(GapAnalysisInput input, TimeProvider clock)
    {
        var report = GapAnalyzer.Analyze(input);
        var levers = LeverEngine.Propose(report, LeverRules.Default);
        var participation = TeamSummaryBuilder.CountParticipation([ParticipationState.Submitted]);
        var summaries = new List<TeamSummary>(input.Teams.Count);
        foreach (var team in input.Teams)
        {
            summaries.Add(TeamSummaryBuilder.Build("bench", team, report, levers, participation, clock));
        }
        return summaries;
    }

    /// <summary>A synthetic organisation: 4 profiles, people spread over the teams, every one with a submitted assessment (campaign "bench").</summary>
    internal static GapAnalysisInput Generate(FrameworkIndex framework, int peopleCount, int teamCount)
    {
        var random = new Random(42);
        var codes = framework.Competencies.Select(c => c.Code).ToArray();
        var blocks = framework.Blocks.Select(b => b.Code).ToArray();
        var profiles = Enumerable.Range(0, 4).Select(r => new JobProfile(
            "profile-" + r,
            LocalizedText.Same("Profile " + r),
            framework.Framework.Ref,
            codes.Where(_ => random.NextDouble() < 0.8).ToDictionary(c => c, _ => random.Next(1, 5)),
            new FteNeed(2_500, 2_700),
            blocks.ToDictionary(b => b, _ => new FteNeed(random.Next(100, 400), random.Next(100, 450))))).ToList();
        var teams = Enumerable.Range(0, teamCount).Select(t => new Team("team-" + t, "Team " + t, "manager-" + t)).ToList();
        var people = new List<Person>(peopleCount);
        var assessments = new List<Assessment>(peopleCount);
        for (var i = 0; i < peopleCount; i++)
        {
            var id = "person-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            var first = blocks[random.Next(blocks.Length)];
            var second = blocks[random.Next(blocks.Length)];
            var shares = first == second ? new Dictionary<string, double> { [first] = 100 } : new Dictionary<string, double> { [first] = 70, [second] = 30 };
            people.Add(new Person(id, id, id + "@example.org", "team-" + (i % teamCount), "manager-" + (i % teamCount), "profile-" + random.Next(4), random.Next(5, 11) / 10.0, new TimeShares(shares), "fr-FR"));
            var self = codes.ToDictionary(c => c, _ => random.NextDouble() < 0.05 ? LevelAnswer.NotApplicable : LevelAnswer.Of(random.Next(1, 5)));
            var manager = random.NextDouble() < 0.5 ? codes.Where(_ => random.NextDouble() < 0.3).ToDictionary(c => c, _ => LevelAnswer.Of(random.Next(1, 5))) : [];
            assessments.Add(new Assessment("bench", id, framework.Framework.Ref, AssessmentStatus.Submitted) { SelfAnswers = self, ManagerAnswers = manager });
        }

        return new GapAnalysisInput(framework, profiles, people, teams, assessments);
    }
}
