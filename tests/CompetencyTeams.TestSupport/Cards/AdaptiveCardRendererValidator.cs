using System.Text.Json;
using Microsoft.Playwright;

namespace CompetencyTeams.TestSupport.Cards;

/// <summary>
/// The official adaptivecards renderer (npm, the same bundle Teams-like hosts use) running in headless Chromium:
/// each card is parsed with a 1.5 serialization context, validated with validateProperties() and rendered into
/// the page's DOM. One browser and one page serve the whole test run; cards go in batches, one page call each.
/// The browser starts on first use, so tests that are skipped never launch it.
/// </summary>
public sealed class AdaptiveCardRendererValidator : IAsyncDisposable
{
    private const string PageHtml = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><div id=\"host\"></div></body></html>";

    private const string CheckScript = """
        cards => JSON.stringify(CompetencyTeamsCardChecks.checkCards(AdaptiveCards, cards,
            { targetVersion: "1.5", host: document.getElementById("host") }))
        """;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    private static readonly JsonSerializerOptions ResultJson = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    /// <summary>Cards per page call; large enough to amortise the call, small enough to keep messages modest.</summary>
    public int BatchSize { get; init; } = 100;

    public async Task<IReadOnlyList<CardCheckResult>> CheckAsync(IReadOnlyList<NamedCardJson> cards, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var page = await EnsurePageAsync();
            var results = new List<CardCheckResult>(cards.Count);
            foreach (var batch in cards.Chunk(BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var json = await page.EvaluateAsync<string>(CheckScript, batch.Select(c => c.Json).ToArray());
                var raw = JsonSerializer.Deserialize<RawResult[]>(json, ResultJson)!;
                results.AddRange(batch.Zip(raw, (card, result) => result.ToResult(card.Name)));
            }

            return results;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<CardCheckResult> CheckAsync(NamedCardJson card, CancellationToken cancellationToken = default) =>
        (await CheckAsync([card], cancellationToken))[0];

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }

    private async Task<IPage> EnsurePageAsync()
    {
        if (_page is not null)
        {
            return _page;
        }

        if (CardValidationPrerequisites.RendererUnavailableReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        _playwright ??= await Playwright.CreateAsync();
        _browser ??= await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = CardValidationPrerequisites.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await _browser.NewPageAsync();
        await page.SetContentAsync(PageHtml);
        await page.AddScriptTagAsync(new() { Path = CardValidationPrerequisites.RendererBundlePath });
        await page.AddScriptTagAsync(new() { Path = CardValidationPrerequisites.CardChecksScriptPath });
        return _page = page;
    }

    private sealed record RawIssue(string Source, string Code, string Message, string? Element);

    private sealed record RawResult(RawIssue[] Errors, RawIssue[] Warnings, bool Rendered, string[] InputIds)
    {
        public CardCheckResult ToResult(string name) =>
            new(name, [.. Errors.Select(ToIssue)], [.. Warnings.Select(ToIssue)]) { Rendered = Rendered, InputIds = InputIds };

        private static CardIssue ToIssue(RawIssue issue) => new(issue.Source, issue.Code, issue.Message, issue.Element);
    }
}
