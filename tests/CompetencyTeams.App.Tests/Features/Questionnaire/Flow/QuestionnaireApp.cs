using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

/// <summary>A person talking to the bot: their Entra object id, Teams user id and client locale.</summary>
public sealed record Agent(string ObjectId, string ChannelUserId, string Locale = "fr-FR")
{
    public static Agent New(string locale = "fr-FR") => new(Guid.NewGuid().ToString(), "29:" + Guid.NewGuid().ToString("N"), locale);
}

/// <summary>The real App (its Program) on Azurite with a storage prefix of its own, its bot trusting the DevChannel stand-in.</summary>
public sealed class QuestionnaireApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly DevChannelServer _devChannel;

    private QuestionnaireApp(WebApplicationFactory<Program> factory, DevChannelServer devChannel)
    {
        _factory = factory;
        _devChannel = devChannel;
        Client = factory.CreateClient();
    }

    public HttpClient Client { get; }

    public string ConversationId { get; set; } = "a:questionnaire-tests";

    public static QuestionnaireApp Start(QuestionnaireFlowFixture fixture, string prefix, Action<IServiceCollection>? services = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            if (services is not null)
            {
                host.ConfigureTestServices(services);
            }

            host.UseSetting("Storage:ConnectionString", fixture.Azurite.ConnectionString);
            host.UseSetting("Storage:Prefix", prefix);
            // Only the questionnaire runs here: no background work adds storage traffic to what the tests count.
            host.UseSetting("Delivery:RunWorkers", "false");
            host.UseSetting("Campaigns:RunScheduler", "false");
            host.UseSetting("Privacy:RunRetention", "false");
            foreach (var (key, value) in fixture.DevChannel.BotSettings())
            {
                host.UseSetting(key, value);
            }
        });
        return new QuestionnaireApp(factory, fixture.DevChannel);
    }

    public T Service<T>()
        where T : notnull => _factory.Services.GetRequiredService<T>();

    /// <summary>Stores the shipped framework, the profile, the campaign, the people and their assignments.</summary>
    public async Task SeedAsync(Campaign campaign, JobProfile profile, params Agent[] assigned)
    {
        try
        {
            await Service<IFrameworkRepository>().AddVersionAsync(ShippedFrameworks.AnapAfr, CancellationToken.None);
        }
        catch (ConcurrencyConflictException)
        {
            // Already stored by an earlier seed in this prefix.
        }

        if (await Service<IJobProfileRepository>().GetAsync(profile.Id, CancellationToken.None) is null)
        {
            await Service<IJobProfileRepository>().SaveAsync(profile, null, CancellationToken.None);
        }

        var stored = await Service<ICampaignRepository>().GetAsync(campaign.Id, CancellationToken.None);
        await Service<ICampaignRepository>().SaveAsync(campaign, stored?.Version, CancellationToken.None);
        foreach (var agent in assigned)
        {
            await Service<IPersonRepository>().SaveAsync(QuestionnaireTestData.Person(agent.ObjectId, profile.Id), null, CancellationToken.None);
        }

        await Service<IAssignmentRepository>().AddMissingAsync(campaign.Id, [.. assigned.Select(a => QuestionnaireTestData.Assignment(campaign.Id, a.ObjectId, profile.Id))], CancellationToken.None);
    }

    public Task<Versioned<Assessment>?> AssessmentAsync(string campaignId, Agent agent) =>
        Service<IAssessmentRepository>().GetAsync(campaignId, agent.ObjectId, CancellationToken.None);

    /// <summary>An Action.Execute click: the invoke's HTTP response must be 200 with a card, which is returned.</summary>
    public async Task<JsonObject> InvokeAsync(Agent agent, string verb, JsonObject data)
    {
        using var response = await PostAsync(FlowActivities.Invoke(agent, _devChannel.ServiceUrl, ConversationId, verb, data));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? _devChannel.ChannelToken());
        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
