using System.Text.Json;
using CompetencyTeams.App.Features.DemoSeed;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Hosting;
using CompetencyTeams.App.Tests.Features.Summaries;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.People;
using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.App.Tests.Features.DemoSeed;

[Collection(AzuriteCollection.Name)]
public sealed class DemoSeedTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SeedAsync_Twice_SecondRunWritesNothingAndLeavesTheSameData()
    {
        await using var host = await SummariesHost.StartAsync(azurite, withSharePoint: false);

        var first = await SeedAsync(host, reset: false);
        var before = await SnapshotAsync(host);
        var second = await SeedAsync(host, reset: false);

        Assert.True(first.Written["people"] == 40, first.ToString());
        Assert.Equal(2, first.Written["campaigns"]);
        Assert.Equal(4, first.Written["team summaries"]);
        Assert.Equal(0, second.Total);
        Assert.Equal(before, await SnapshotAsync(host));
    }

    [Fact]
    public async Task SeedAsync_ClosedCampaign_GapAnalysisHasHoldersGapsAndLevers()
    {
        await using var host = await SummariesHost.StartAsync(azurite, withSharePoint: false);
        await SeedAsync(host, reset: false);

        var analysis = await host.Service<CampaignAnalysisLoader>().LoadAsync(DemoCampaigns.ClosedId, CancellationToken.None);
        var coverage = analysis.Report.OrganisationCoverage().Where(c => c.RequiredBy > 0).ToList();
        var summaries = await host.Service<ITeamSummaryRepository>().ListForCampaignAsync(DemoCampaigns.ClosedId, null, CancellationToken.None);
        var ready = (await host.Service<ICampaignRepository>().GetAsync(DemoCampaigns.ReadyId, CancellationToken.None))!.Value;

        Assert.Equal(CampaignStatus.Closed, analysis.Campaign.Status);
        Assert.Equal(38, analysis.People.Count);
        Assert.True(coverage.Sum(c => c.Holders) > 0);
        Assert.Contains(coverage, c => c.MeanGap > 0);
        Assert.Contains(coverage, c => c.IsCritical);
        Assert.Contains(analysis.ParticipationByPerson.Values, s => s == ParticipationState.Validated);
        Assert.Contains(analysis.ParticipationByPerson.Values, s => s == ParticipationState.Submitted);
        Assert.Equal(4, summaries.Items.Count);
        Assert.All(summaries.Items, s => Assert.NotEmpty(s.TopLevers));
        Assert.Equal(CampaignStatus.Scheduled, ready.Status);
        Assert.True(ready.OpensAt > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task SeedAsync_Reset_DeletesAndRecreatesTheDemo()
    {
        await using var host = await SummariesHost.StartAsync(azurite, withSharePoint: false);
        await SeedAsync(host, reset: false);
        var stranger = (await host.Service<IPersonRepository>().GetAsync("c8fc8dcc-1568-595f-8d6e-d82e00da6f39", CancellationToken.None))!;
        await host.Service<IPersonRepository>().SaveAsync(stranger.Value with { DisplayName = "Changed by hand" }, stranger.Version, CancellationToken.None);

        var report = await SeedAsync(host, reset: true);

        Assert.True(report.Written["deleted"] > 40, report.ToString());
        Assert.Equal(40, report.Written["people"]);
        Assert.Equal("Hugo Thomas", (await host.Service<IPersonRepository>().GetAsync(stranger.Value.ObjectId, CancellationToken.None))!.Value.DisplayName);
    }

    [Fact]
    public void Read_MissingFile_NamesThePathAndTheOption()
    {
        var failure = Assert.Throws<FileNotFoundException>(() => DemoOrganisationFile.Read("/nonexistent/demo.json"));

        Assert.Contains("DemoSeed:OrganisationPath", failure.Message, StringComparison.Ordinal);
    }

    private static Task<DemoSeedReport> SeedAsync(SummariesHost host, bool reset) =>
        AppCommands.SeedDemoAsync(host.Service<IServiceProvider>(), reset, CancellationToken.None);

    private static async Task<string> SnapshotAsync(SummariesHost host)
    {
        var assessments = await host.Service<IAssessmentRepository>().ListForCampaignAsync(DemoCampaigns.ClosedId, null, CancellationToken.None);
        var people = await host.Service<IPersonRepository>().ListAsync(null, CancellationToken.None);
        var campaigns = await host.Service<ICampaignRepository>().ListAsync(null, null, CancellationToken.None);
        var summaries = await host.Service<ITeamSummaryRepository>().ListForCampaignAsync(DemoCampaigns.ClosedId, null, CancellationToken.None);
        return JsonSerializer.Serialize(new object[] { assessments.Items, people.Items, campaigns.Items, summaries.Items });
    }
}
