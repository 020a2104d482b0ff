using System.Net;
using System.Text;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Tab.Services;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

/// <summary>The typed client over HTTP: what it sends (token, language, query) and how it reads problem details.</summary>
public sealed class TabApiTransportTests
{
    [Fact]
    public async Task Requests_carry_the_bearer_token_and_the_Teams_locale_and_escape_the_filters()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, "{\"objectId\":\"u1\",\"displayName\":\"Léa\",\"isHr\":false,\"isManager\":true,\"managedTeams\":[{\"id\":\"accueil\",\"name\":\"Accueil\"}]}");
        var client = Client(handler);

        var me = await client.GetMeAsync(CancellationToken.None);
        await Assert.ThrowsAsync<TabApiException>(() => client.GetTeamDashboardAsync("c 1", "t/1", new DashboardFilter("1.1", null, true), CancellationToken.None));

        Assert.Equal("Bearer", handler.Requests[0].Headers.Authorization?.Scheme);
        Assert.Equal("token-1", handler.Requests[0].Headers.Authorization?.Parameter);
        Assert.Equal("fr-FR", handler.Requests[0].Headers.AcceptLanguage.Single().Value);
        Assert.Equal("http://127.0.0.1:5080/api/tab/me", handler.Requests[0].RequestUri!.ToString());
        Assert.Equal("accueil", me.ManagedTeams.Single().Id);
        Assert.Equal("/api/tab/campaigns/c%201/teams/t%2F1/dashboard?block=1.1&gapOnly=true", handler.Requests[1].RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task A_problem_answer_becomes_an_exception_with_the_status_code_detail_and_field_errors()
    {
        var problem = "{\"title\":\"Invalid request\",\"status\":400,\"detail\":\"La date limite doit être postérieure à l'ouverture.\",\"code\":\"campaign.window\",\"errors\":{\"deadline\":[\"La date limite doit être postérieure à l'ouverture.\"]}}";
        var client = new TabHrApiClient(Transport(new RecordingHandler(HttpStatusCode.BadRequest, problem)));

        var error = await Assert.ThrowsAsync<TabApiException>(() => client.GetCampaignAsync("camp", CancellationToken.None));

        Assert.Equal(400, error.Status);
        Assert.Equal("campaign.window", error.Code);
        Assert.StartsWith("La date limite", error.Detail, StringComparison.Ordinal);
        Assert.Single(error.Errors["deadline"]);
    }

    [Fact]
    public async Task An_export_is_read_as_a_file_with_the_name_the_API_gives()
    {
        var handler = new RecordingHandler(HttpStatusCode.OK, "campaign_id,team_id\r\ncamp,accueil\r\n", "text/csv", "camp-accueil.csv");
        var file = await Client(handler).ExportAsync("camp", "accueil", "csv", CancellationToken.None);

        Assert.Equal("camp-accueil.csv", file.Name);
        Assert.Equal("text/csv", file.ContentType);
        Assert.StartsWith("campaign_id", Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
        Assert.Equal("?format=csv", handler.Requests[0].RequestUri!.Query);
    }

    [Theory]
    [InlineData("http://+:8080", "http://127.0.0.1:8080")]
    [InlineData("http://*:80", "http://127.0.0.1:80")]
    [InlineData("http://[::]:5080", "http://127.0.0.1:5080")]
    [InlineData("http://0.0.0.0:5080", "http://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080")]
    public void The_API_is_reached_on_the_address_Kestrel_listens_on_with_wildcards_made_loopback(string listening, string expected) =>
        Assert.Equal(expected, TabApiBaseAddress.Loopback(listening));

    [Fact]
    public void Plain_HTTP_is_preferred_and_the_configured_address_wins()
    {
        var features = new FeatureCollection();
        var addresses = new ServerAddressesFeature();
        addresses.Addresses.Add("https://[::]:5443");
        addresses.Addresses.Add("http://[::]:5080");
        features.Set<IServerAddressesFeature>(addresses);
        var server = Mock.Of<IServer>(s => s.Features == features);

        Assert.Equal("http://127.0.0.1:5080/", new TabApiBaseAddress(server, Options.Create(new App.Tab.TabUiOptions())).Value.ToString());
        Assert.Equal("https://app.contoso.com/", new TabApiBaseAddress(server, Options.Create(new App.Tab.TabUiOptions { ApiBaseAddress = "https://app.contoso.com" })).Value.ToString());
    }

    [Fact]
    public void The_token_expiry_is_read_from_its_exp_claim_and_a_non_JWT_has_none()
    {
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"exp\":1900000000}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1900000000), TabSession.ExpiryOf("eyJhbGciOiJSUzI1NiJ9." + payload + ".sig"));
        Assert.Null(TabSession.ExpiryOf("not-a-jwt"));
        Assert.Null(TabSession.ExpiryOf("a.%%%.c"));
    }

    private static TabApiClient Client(RecordingHandler handler) => new(Transport(handler));

    private static TabApiTransport Transport(RecordingHandler handler)
    {
        var session = new Mock<ITabSession>();
        session.SetupGet(s => s.Locale).Returns("fr-FR");
        session.Setup(s => s.GetTokenAsync(It.IsAny<CancellationToken>())).Returns(() => ValueTask.FromResult("token-1"));
        return new TabApiTransport(new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:5080/") }, session.Object);
    }

    /// <summary>Answers every request with the same response (the first request's only; later ones get 404) and keeps the requests.</summary>
    private sealed class RecordingHandler(HttpStatusCode status, string body, string contentType = "application/json", string? fileName = null) : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            var first = Requests.Count == 1;
            var response = new HttpResponseMessage(first ? status : HttpStatusCode.NotFound)
            {
                Content = new StringContent(first ? body : "{\"status\":404,\"code\":\"not-found\"}", Encoding.UTF8, first ? contentType : "application/problem+json"),
            };
            if (first && fileName is not null)
            {
                response.Content.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = fileName };
            }

            return Task.FromResult(response);
        }
    }
}
