using CompetencyTeams.App.Features.Privacy;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.DependencyInjection;
using static CompetencyTeams.App.Tests.Features.Privacy.RetentionData;

namespace CompetencyTeams.App.Tests.Features.Privacy;

/// <summary>The retention purge on Azurite with a fake clock: when it acts, what it keeps, and that one instance does it once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetentionTests(AzuriteFixture azurite)
{
    private const string Campaign = "camp-retention";

    [Fact]
    public async Task Tick_BeforeTheRetentionHasPassed_KeepsEveryAnswer()
    {
        await using var harness = await RetentionHarness.StartAsync(azurite);
        await SeedClosedCampaignAsync(harness.Services, Campaign);
        harness.Clock.SetUtcNow(ClosedAt.AddMonths(24).AddMinutes(-1));

        var runs = await harness.Get<RetentionWorker>().TickAsync(CancellationToken.None);

        Assert.Empty(runs);
        Assert.Equal(LargeTeamSize + SmallTeamSize, (await AnswersAsync(harness)).Count);
    }

    [Fact]
    public async Task Tick_DeleteMode_DeletesAnswersEmptiesSmallTeamsAndKeepsLargeTeamsAggregates()
    {
        await using var harness = await RetentionHarness.StartAsync(azurite);
        await SeedClosedCampaignAsync(harness.Services, Campaign);
        harness.Clock.SetUtcNow(ClosedAt.AddMonths(24));

        var run = Assert.Single(await harness.Get<RetentionWorker>().TickAsync(CancellationToken.None));

        Assert.Equal(LargeTeamSize + SmallTeamSize, run.AnswersDeleted);
        Assert.Equal(1, run.SummariesEmptied);
        Assert.Empty(await AnswersAsync(harness));
        var small = (await harness.Get<ITeamSummaryRepository>().GetAsync(Campaign, SmallTeam, CancellationToken.None))!.Value;
        Assert.True(RetentionSummaries.IsEmptied(small));
        Assert.Equal(SmallTeamSize, small.Headcount);
        var large = (await harness.Get<ITeamSummaryRepository>().GetAsync(Campaign, LargeTeam, CancellationToken.None))!.Value;
        Assert.Equal(0.5, large.MeanGap);
        Assert.All(large.TopLevers, l => Assert.Null(l.PersonId));
        Assert.Single(large.TopLevers);
        var audit = (await harness.Get<IAuditLog>().ListByActorAsync(RetentionWorker.Actor, null, CancellationToken.None)).Items;
        Assert.Equal(Campaign, Assert.Single(audit, e => e.Action == AuditActions.RetentionPurged).TargetId);
    }

    [Fact]
    public async Task Tick_AnonymizeMode_KeepsLevelsWithoutIdentityAndTheTeamOnlyForLargeGroups()
    {
        await using var harness = await RetentionHarness.StartAsync(azurite, new Dictionary<string, string?> { ["Privacy:RetentionMode"] = "Anonymize" });
        await SeedClosedCampaignAsync(harness.Services, Campaign);
        harness.Clock.SetUtcNow(ClosedAt.AddMonths(25));

        var run = Assert.Single(await harness.Get<RetentionWorker>().TickAsync(CancellationToken.None));
        var answers = await AnswersAsync(harness);

        Assert.Equal(LargeTeamSize + SmallTeamSize, run.AnswersAnonymized);
        Assert.Equal(LargeTeamSize + SmallTeamSize, answers.Count);
        Assert.All(answers, a =>
        {
            Assert.StartsWith(RetentionPurger.AnonymousPrefix, a.PersonId, StringComparison.Ordinal);
            Assert.Empty(a.BlockComments);
            Assert.Empty(a.ManagerComments);
            Assert.Null(a.ManagerId);
            Assert.Null(a.ValidatedBy);
            Assert.Equal(3, Assert.Single(a.ManagerAnswers).Value.Level);
        });
        Assert.Equal(LargeTeamSize, answers.Count(a => a.TeamId == LargeTeam));
        Assert.Equal(SmallTeamSize, answers.Count(a => a.TeamId is null));
        Assert.Null((await harness.Get<RetentionLedger>().GetAsync(Campaign, CancellationToken.None))!.Salt);
    }

    [Fact]
    public async Task Tick_Again_DoesNothingMore()
    {
        await using var harness = await RetentionHarness.StartAsync(azurite, new Dictionary<string, string?> { ["Privacy:RetentionMode"] = "Anonymize" });
        await SeedClosedCampaignAsync(harness.Services, Campaign);
        harness.Clock.SetUtcNow(ClosedAt.AddMonths(30));
        await harness.Get<RetentionWorker>().TickAsync(CancellationToken.None);

        var second = await harness.Get<RetentionWorker>().TickAsync(CancellationToken.None);

        Assert.Empty(second);
        Assert.Equal(LargeTeamSize + SmallTeamSize, (await AnswersAsync(harness)).Count);
    }

    [Fact]
    public async Task Tick_TwoInstancesAtOnce_OnePurgesAndNoAnswerIsDuplicated()
    {
        await using var harness = await RetentionHarness.StartAsync(azurite, new Dictionary<string, string?> { ["Privacy:RetentionMode"] = "Anonymize" });
        await SeedClosedCampaignAsync(harness.Services, Campaign);
        harness.Clock.SetUtcNow(ClosedAt.AddMonths(24));
        var other = harness.AddInstance(harness.Clock);

        var runs = await Task.WhenAll(
            harness.Get<RetentionWorker>().TickAsync(CancellationToken.None),
            other.GetRequiredService<RetentionWorker>().TickAsync(CancellationToken.None));

        Assert.Single(runs.SelectMany(r => r));
        var answers = await AnswersAsync(harness);
        Assert.Equal(LargeTeamSize + SmallTeamSize, answers.Count);
        Assert.Equal(answers.Count, answers.Select(a => a.PersonId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Tick_AfterAnInstanceDiedMidPurge_AnotherFinishesWithTheSamePseudonyms()
    {
        await using var harness = await RetentionHarness.StartAsync(azurite, new Dictionary<string, string?> { ["Privacy:RetentionMode"] = "Anonymize" });
        var campaign = await SeedClosedCampaignAsync(harness.Services, Campaign);
        harness.Clock.SetUtcNow(ClosedAt.AddMonths(24));
        var ledger = harness.Get<RetentionLedger>();
        var dying = await ledger.TryClaimAsync(Campaign, "instance-that-dies", harness.Options.RetentionLease, CancellationToken.None);
        var crashing = new RetentionPurger(new DeletesThenFails(harness.Get<IAssessmentRepository>(), 3), ledger, harness.Get<RetentionAssignments>(), harness.Get<RetentionPlans>(), harness.Get<RetentionSummaries>(), harness.Get<Microsoft.Extensions.Options.IOptions<PrivacyOptions>>());
        await Assert.ThrowsAsync<IOException>(() => crashing.PurgeAsync(campaign, dying!, CancellationToken.None));

        var whileLeased = await harness.Get<RetentionWorker>().TickAsync(CancellationToken.None);
        harness.Clock.Advance(harness.Options.RetentionLease + TimeSpan.FromSeconds(1));
        var takenOver = await harness.Get<RetentionWorker>().TickAsync(CancellationToken.None);

        Assert.Empty(whileLeased);
        Assert.Single(takenOver);
        var answers = await AnswersAsync(harness);
        Assert.Equal(LargeTeamSize + SmallTeamSize, answers.Count);
        Assert.All(answers, a => Assert.True(RetentionPurger.IsAnonymous(a.PersonId)));
    }

    private static async Task<List<Assessment>> AnswersAsync(RetentionHarness harness)
    {
        var all = new List<Assessment>();
        string? token = null;
        do
        {
            var page = await harness.Get<IAssessmentRepository>().ListForCampaignAsync(Campaign, token, CancellationToken.None);
            all.AddRange(page.Items.Select(v => v.Value));
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    /// <summary>The real repository, until the given number of deletes has happened: then the "instance" dies.</summary>
    private sealed class DeletesThenFails(IAssessmentRepository inner, int deletes) : IAssessmentRepository
    {
        private int _left = deletes;

        public Task<bool> DeleteAsync(string campaignId, string personId, string? expectedVersion, CancellationToken cancellationToken) =>
            _left-- > 0 ? inner.DeleteAsync(campaignId, personId, expectedVersion, cancellationToken) : throw new IOException("The instance died.");

        public Task<Versioned<Assessment>?> GetAsync(string campaignId, string personId, CancellationToken cancellationToken) => inner.GetAsync(campaignId, personId, cancellationToken);

        public Task<string> SaveAsync(Assessment assessment, string? expectedVersion, CancellationToken cancellationToken) => inner.SaveAsync(assessment, expectedVersion, cancellationToken);

        public Task<Page<Versioned<Assessment>>> ListForTeamAsync(string campaignId, string teamId, string? continuationToken, CancellationToken cancellationToken) =>
            inner.ListForTeamAsync(campaignId, teamId, continuationToken, cancellationToken);

        public Task<Page<Versioned<Assessment>>> ListForCampaignAsync(string campaignId, string? continuationToken, CancellationToken cancellationToken) =>
            inner.ListForCampaignAsync(campaignId, continuationToken, cancellationToken);

        public Task<IReadOnlyList<Assessment>> ListForPersonAsync(string personId, CancellationToken cancellationToken) => inner.ListForPersonAsync(personId, cancellationToken);

        public Task<int> DeleteForPersonAsync(string personId, CancellationToken cancellationToken) => inner.DeleteForPersonAsync(personId, cancellationToken);
    }
}
