using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.People;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.Privacy;

/// <summary>HR's export and erasure of one person and the privacy notice, on the real App with real tab tokens and Azurite.</summary>
[Collection(TabApiCollection.Name)]
public sealed class PrivacyApiTests(TabApiFixture fixture)
{
    private string HrToken => fixture.DevChannel.Token(Hr, HrRole);

    [Fact]
    public async Task Export_Json_HoldsProfileAssignmentsAssessmentsValidationsCommentsActionItemsAndAudit()
    {
        var person = await PrivacyPerson.SeedAsync(fixture.Services);

        using var response = await fixture.SendAsync(HttpMethod.Get, Export(person.PersonId), HrToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Camille Privée", body.GetProperty("profile").GetProperty("displayName").GetString());
        // Only this campaign's: a scheduled campaign for everyone, launched by another test of the shared host, may add one.
        Assert.Single(body.GetProperty("assignments").EnumerateArray(), a => a.GetProperty("campaignId").GetString() == CampaignId);
        Assert.Equal("Validated", body.GetProperty("assessments")[0].GetProperty("status").GetString());
        Assert.Equal(ManagerA, body.GetProperty("validations")[0].GetProperty("validatedBy").GetString());
        var comments = body.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ToList();
        Assert.Contains(PrivacyPerson.ScriptComment, comments);
        Assert.Contains(PrivacyPerson.ManagerComment, comments);
        Assert.Contains("Entretien fait.", comments);
        Assert.Equal("act-1", body.GetProperty("actionItems")[0].GetProperty("action").GetProperty("id").GetString());
        Assert.Contains(body.GetProperty("auditEntries").EnumerateArray(), e => e.GetProperty("action").GetString() == AuditActions.AssessmentValidated);
    }

    [Fact]
    public async Task Export_IsItselfAudited_AsAnExportByHr()
    {
        var person = await PrivacyPerson.SeedAsync(fixture.Services);

        using var response = await fixture.SendAsync(HttpMethod.Get, Export(person.PersonId) + "?format=html", HrToken);
        var entries = (await fixture.Service<IAuditLog>().ListForSubjectAsync(person.PersonId, null, CancellationToken.None)).Items;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = Assert.Single(entries, e => e.Action == AuditActions.PersonExported);
        Assert.Equal(Hr, export.ActorId);
        Assert.Equal("html", export.Details["format"]);
        Assert.DoesNotContain(entries, e => e.Action == AuditActions.PersonalDataRead);
    }

    [Fact]
    public async Task Export_Html_IsReadableAndShowsMarkupInCommentsAsText()
    {
        var person = await PrivacyPerson.SeedAsync(fixture.Services);

        using var response = await fixture.SendAsync(HttpMethod.Get, Export(person.PersonId) + "?format=html&locale=en", HrToken);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Your data in CompetencyTeams</h1>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Camille Priv", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownPerson_Returns404Problem()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, Export(Guid.NewGuid().ToString()), HrToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Export_UnknownFormat_Returns400Problem()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, Export(AgentB1) + "?format=xml", HrToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("format", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_WithoutTheIdTypedAgain_Returns400AndErasesNothing()
    {
        var person = await PrivacyPerson.SeedAsync(fixture.Services);

        using var response = await fixture.SendAsync(HttpMethod.Post, Erase(person.PersonId), HrToken, new { confirmPersonId = "someone-else" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await fixture.Service<IPersonRepository>().GetAsync(person.PersonId, CancellationToken.None));
    }

    [Fact]
    public async Task Erasure_RemovesThePersonsDataPseudonymizesTheAuditAndReportsWhatItDid()
    {
        var person = await PrivacyPerson.SeedAsync(fixture.Services);
        var ct = CancellationToken.None;
        var auditBefore = (await fixture.Service<IAuditLog>().ListForSubjectAsync(person.PersonId, null, ct)).Items.Count;

        using var response = await fixture.SendAsync(HttpMethod.Post, Erase(person.PersonId), HrToken, new { confirmPersonId = person.PersonId });
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(report.GetProperty("profileDeleted").GetBoolean());
        Assert.True(report.GetProperty("conversationReferenceForgotten").GetBoolean());
        Assert.Equal(1, report.GetProperty("assessmentsDeleted").GetInt32());
        Assert.Equal(3, report.GetProperty("commentsDeleted").GetInt32());
        Assert.Equal(1, report.GetProperty("assignmentsDeleted").GetInt32());
        Assert.Equal(1, report.GetProperty("actionItemsUpdated").GetInt32());
        Assert.Equal(auditBefore, report.GetProperty("auditEntriesPseudonymized").GetInt32());
        var summary = Assert.Single(report.GetProperty("teamSummaries").EnumerateArray());
        Assert.Equal(person.TeamId, summary.GetProperty("teamId").GetString());

        var pseudonym = report.GetProperty("pseudonym").GetString()!;
        Assert.Null(await fixture.Service<IPersonRepository>().GetAsync(person.PersonId, ct));
        Assert.Empty(await fixture.Service<IAssessmentRepository>().ListForPersonAsync(person.PersonId, ct));
        Assert.Empty(await fixture.Service<IAssignmentRepository>().ListForPersonAsync(person.PersonId, ct));
        Assert.Empty((await fixture.Service<IAuditLog>().ListForSubjectAsync(person.PersonId, null, ct)).Items);
        var pseudonymous = (await fixture.Service<IAuditLog>().ListForSubjectAsync(pseudonym, null, ct)).Items;
        Assert.Contains(pseudonymous, e => e.Action == AuditActions.PersonErased && e.ActorId == Hr);
        Assert.Contains(pseudonymous, e => e.Action == AuditActions.AssessmentValidated);
        var plan = (await fixture.Service<IActionPlanRepository>().GetAsync(CampaignId, person.TeamId, ct))!.Value;
        Assert.Null(Assert.Single(plan.Actions).PersonId);

        using var again = await fixture.SendAsync(HttpMethod.Get, Export(person.PersonId), HrToken);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Theory]
    [InlineData("fr-FR", null, "Vos données personnelles dans CompetencyTeams")]
    [InlineData("en-US", null, "Your personal data in CompetencyTeams")]
    [InlineData(null, "fr-CA,fr;q=0.9,en;q=0.5", "Vos données personnelles dans CompetencyTeams")]
    [InlineData(null, null, "Your personal data in CompetencyTeams")]
    public async Task PrivacyNotice_WithoutSignIn_SaysWhatWhoHowLongAndRightsInTheLocale(string? locale, string? acceptLanguage, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/tab/privacy-notice" + (locale is null ? "" : "?locale=" + locale), UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await fixture.Client.SendAsync(request);
        var notice = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, notice.GetProperty("title").GetString());
        Assert.Equal(24, notice.GetProperty("retentionMonths").GetInt32());
        Assert.Equal(5, notice.GetProperty("sections").GetArrayLength());
        Assert.Contains("24", notice.GetProperty("sections")[2].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditFilter_ManagerReadsAReport_RecordsWhoReadWhom()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var response = await fixture.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/{CampaignId}/people/{AgentA2}", fixture.DevChannel.Token(ManagerA));
        var entries = (await fixture.Service<IAuditLog>().ListForSubjectAsync(AgentA2, null, CancellationToken.None)).Items;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = Assert.Single(entries, e => e.Action == AuditActions.PersonalDataRead && e.ActorId == ManagerA && e.At >= before);
        Assert.Equal("manager", read.ActorRole);
        Assert.Equal(CampaignId, read.CampaignId);
        Assert.Equal("/api/tab/campaigns/{campaignId}/people/{personId}", read.Details["route"]);
    }

    [Fact]
    public async Task AuditFilter_HrReadsATeamDashboard_RecordsATeamRead()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var response = await fixture.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/{CampaignId}/teams/{TeamB}/dashboard", HrToken);
        var entries = (await fixture.Service<IAuditLog>().ListByActorAsync(Hr, null, CancellationToken.None)).Items;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = Assert.Single(entries, e => e.TargetType == "team" && e.TargetId == TeamB && e.At >= before);
        Assert.Equal("hr", read.ActorRole);
    }

    [Fact]
    public async Task AuditFilter_OwnDataOrARefusedRead_RecordsNothing()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var own = await fixture.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/{CampaignId}/people/{AgentA3}", fixture.DevChannel.Token(AgentA3));
        using var refused = await fixture.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/{CampaignId}/people/{AgentA3}", fixture.DevChannel.Token(ManagerB));
        var entries = (await fixture.Service<IAuditLog>().ListForSubjectAsync(AgentA3, null, CancellationToken.None)).Items;

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain(entries, e => e.At >= before);
    }

    private static string Export(string personId) => $"/api/tab/hr/privacy/people/{personId}/export";

    private static string Erase(string personId) => $"/api/tab/hr/privacy/people/{personId}/erasure";
}
