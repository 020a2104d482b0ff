using System.Text;

namespace CompetencyTeams.TestSupport.Cards;

/// <summary>
/// Both card validators behind one fixture: share it with <c>ICollectionFixture&lt;AdaptiveCardValidators&gt;</c>
/// so a test assembly starts one browser. Tests using it should carry <see cref="RequiresCardValidatorsFactAttribute"/>
/// (or the theory variant) so that a machine without the schema or Chromium reports them as skipped, with the reason.
/// </summary>
public sealed class AdaptiveCardValidators : IAsyncLifetime
{
    public AdaptiveCardRendererValidator Renderer { get; } = new();

    /// <summary>Runs every card through the schema and the renderer; one result per card, issues of both merged.</summary>
    public async Task<IReadOnlyList<CardCheckResult>> CheckAsync(IReadOnlyList<NamedCardJson> cards, CancellationToken cancellationToken = default)
    {
        var schema = await AdaptiveCardSchemaValidator.LoadAsync(cancellationToken);

        // The renderer works in the browser process, the schema in this one: overlap them.
        var rendering = Renderer.CheckAsync(cards, cancellationToken);
        var schemaErrors = await Task.Run(() => cards.Select(card => schema.Validate(card.Json)).ToList(), cancellationToken);
        var rendered = await rendering;
        return [.. rendered.Zip(schemaErrors, (render, errors) => render with { Errors = [.. errors, .. render.Errors] })];
    }

    /// <summary>Fails the test with every error of every card (name, source, code, message), or returns the results.</summary>
    public async Task<IReadOnlyList<CardCheckResult>> AssertAllValidAsync(IReadOnlyList<NamedCardJson> cards, CancellationToken cancellationToken = default)
    {
        Assert.NotEmpty(cards);
        var results = await CheckAsync(cards, cancellationToken);
        var invalid = results.Where(r => !r.IsValid || !r.Rendered).ToList();
        if (invalid.Count > 0)
        {
            Assert.Fail(Describe(invalid, cards.Count));
        }

        return results;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Renderer.DisposeAsync();

    private static string Describe(List<CardCheckResult> invalid, int total)
    {
        var text = new StringBuilder($"{invalid.Count} of {total} cards are invalid:");
        foreach (var result in invalid.Take(20))
        {
            text.AppendLine().Append("- ").Append(result.Name).Append(result.Rendered ? "" : " (not rendered)");
            foreach (var issue in result.Errors.Take(10))
            {
                text.AppendLine().Append("    ").Append(issue);
            }
        }

        return text.ToString();
    }
}
