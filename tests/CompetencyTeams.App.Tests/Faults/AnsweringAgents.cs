using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;
using CompetencyTeams.Domain.Assessments;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>When agents start, how long they read a card, and how long they wait before sending a failed answer again.</summary>
public sealed record AgentPacing(TimeSpan StartSpread, TimeSpan MinPause, TimeSpan MaxPause, TimeSpan RetryPause);

/// <summary>
/// Agents answering their questionnaire concurrently, as Teams clients do: each click is an adaptiveCard/action invoke
/// to the App's /api/messages with a channel token signed by the DevChannel. An answer that fails is sent again (the
/// "try again" button's data when the card offered one, else the same click) until it is acknowledged.
/// </summary>
public sealed class AnsweringAgents(AnsweringCampaign campaign, DevChannelServer devChannel, Uri app, AgentPacing pacing)
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<AgentStep>> _acknowledged = new(StringComparer.Ordinal);

    public AnswerFigures Figures { get; } = new();

    public int TotalAnswers => campaign.Agents.Count * (campaign.Context.Blocks.Count + 1);

    public async Task RunAsync(TimeSpan giveUpAfter)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5) };
        using var http = new HttpClient(handler) { BaseAddress = app, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = TimeProvider.System.GetUtcNow() + giveUpAfter;
        await Task.WhenAll(campaign.Agents.Select((agent, i) => Task.Run(() => AnswerAllAsync(http, agent, new Random(i), deadline))));
    }

    /// <summary>The acknowledged answers the stored assessments do not hold (the test wants none).</summary>
    public IReadOnlyList<string> Lost(IReadOnlyDictionary<string, Assessment> stored) =>
    [
        .. campaign.Agents.SelectMany(agent => _acknowledged.GetValueOrDefault(agent.ObjectId, [])
            .Select(step => step.MissingFrom(stored.GetValueOrDefault(agent.ObjectId)) is { } missing ? $"{agent.ObjectId[..8]}: {missing}" : null)
            .OfType<string>()),
    ];

    private async Task AnswerAllAsync(HttpClient http, Agent agent, Random random, DateTimeOffset deadline)
    {
        await Task.Delay(pacing.StartSpread * random.NextDouble());
        foreach (var step in AgentStep.Script(campaign, agent, random))
        {
            Figures.Attempt();
            var (verb, data) = (step.Verb, step.Data);
            for (var failures = 0; ; failures++)
            {
                var retry = await ClickAsync(http, agent, verb, data, step);
                if (retry is null)
                {
                    _acknowledged.GetOrAdd(agent.ObjectId, _ => new()).Enqueue(step);
                    Figures.Acknowledge(afterFailures: failures > 0);
                    break;
                }

                Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"Agent {agent.ObjectId[..8]} could not get block {step.Block ?? "submit"} saved in time: {Figures.Describe(-1)}");
                (verb, data) = retry.Value;
                await Task.Delay(pacing.RetryPause);
            }

            await Task.Delay(pacing.MinPause + ((pacing.MaxPause - pacing.MinPause) * random.NextDouble()));
        }
    }

    /// <summary>One click: null when acknowledged, else what to send again.</summary>
    private async Task<(string Verb, JsonObject Data)?> ClickAsync(HttpClient http, Agent agent, string verb, JsonObject data, AgentStep step)
    {
        var again = (verb, data);
        var watch = Stopwatch.StartNew();
        try
        {
            var activity = FlowActivities.Invoke(agent, devChannel.ServiceUrl, "a:" + agent.ObjectId, verb, (JsonObject)data.DeepClone());
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", devChannel.ChannelToken());
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Figures.Took(watch.ElapsedMilliseconds);
            var card = response.StatusCode == HttpStatusCode.OK && JsonNode.Parse(text) is JsonObject body && (int?)body["statusCode"] == 200 ? body["value"] as JsonObject : null;
            if (card is null)
            {
                Figures.FailUntold($"HTTP {(int)response.StatusCode}: {Shorten(text)}");
                return again;
            }

            if (NotSavedCard.Read(card, agent.Locale, verb, data) is { } told)
            {
                Figures.TellNotSaved(told.RightLanguage, told.InputsKept);
                return (told.Verb, told.Data);
            }

            if (card.Text().Contains(step.Expected, StringComparison.Ordinal))
            {
                return null;
            }

            Figures.FailUntold($"unexpected card for {step.Block ?? "submit"}: {Shorten(card.Text())}");
            return again;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            Figures.Took(watch.ElapsedMilliseconds);
            Figures.FailUntold(ex.GetType().Name + ": " + Shorten(ex.Message));
            return again;
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
