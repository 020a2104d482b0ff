using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>Publishes a team's summary to the SharePoint lists; safe to call again with the same input (a queue consumer may).</summary>
public interface ISharePointListWriter
{
    Task<SharePointPublicationResult> PublishTeamSummaryAsync(TeamSummaryPublication publication, CancellationToken cancellationToken);
}

/// <summary>
/// Upserts keyed by our ids: it reads the items of the publication's scope (campaign|team, an indexed column,
/// with the Prefer header as well), then creates the missing items, patches the existing ones and removes the
/// ones no longer published (and any duplicate a lost response may have left), all through $batch.
/// </summary>
public sealed class SharePointListWriter(
    GraphServiceClient graph,
    SharePointSiteLocator locator,
    SharePointBatchWriter batches,
    IOptions<SharePointOptions> options,
    TimeProvider clock,
    ILogger<SharePointListWriter> logger) : ISharePointListWriter
{
    public const string NonIndexedPreference = "HonorNonIndexedQueriesWarningMayFailRandomly";
    private static readonly GraphOperation Reading = new("Reading the SharePoint lists", GraphOperation.ReadPermission);

    public async Task<SharePointPublicationResult> PublishTeamSummaryAsync(TeamSummaryPublication publication, CancellationToken cancellationToken)
    {
        PublicationValidator.ThrowIfInvalid(publication);
        var siteId = await locator.SiteIdAsync(cancellationToken);
        var listIds = await locator.ListIdsAsync(siteId, Reading, cancellationToken);
        var settings = options.Value;
        var publishedAt = clock.GetUtcNow();
        var summary = publication.Summary;
        var plan = new (string ListName, IReadOnlyList<DesiredItem> Items)[]
        {
            (settings.CampaignSummariesList, [SharePointRowFields.Summary(summary, publishedAt)]),
            (settings.CompetencyGapsList, [.. publication.Gaps.Select(g => SharePointRowFields.Gap(summary, g, publishedAt))]),
            (settings.ActionPlanList, [.. publication.Actions.Select(a => SharePointRowFields.Action(summary, a, publishedAt))]),
        };

        var missing = plan.Select(p => p.ListName).Where(name => !listIds.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new SharePointPublicationException(
                SharePointFailure.NotFound,
                $"The SharePoint list(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} do not exist on {settings.SiteKey}: run the provisioning step first (it needs {GraphOperation.ManagePermission}).");
        }

        var operations = new List<ItemOperation>();
        var existingSummary = default(ExistingItem);
        foreach (var (listName, desired) in plan)
        {
            var listId = listIds[listName];
            var existing = await ExistingItemsAsync(siteId, listId, SharePointRowFields.Scope(summary), cancellationToken);
            operations.AddRange(Reconcile(listName, listId, desired, existing));
            if (listName == settings.CampaignSummariesList)
            {
                existingSummary = existing.FirstOrDefault(e => e.Key == desired[0].Key);
            }
        }

        var run = await batches.RunAsync(siteId, operations, cancellationToken);
        var summaryOutcome = run.Outcomes.First(o => o.Operation.ListName == settings.CampaignSummariesList && o.Operation.Kind != ItemOperationKind.Delete);
        var counts = plan.Select(p => new PublishedListCounts(
            p.ListName,
            run.Outcomes.Count(o => o.Operation.ListName == p.ListName && o.Operation.Kind == ItemOperationKind.Create),
            run.Outcomes.Count(o => o.Operation.ListName == p.ListName && o.Operation.Kind == ItemOperationKind.Update),
            run.Outcomes.Count(o => o.Operation.ListName == p.ListName && o.Operation.Kind == ItemOperationKind.Delete))).ToList();
        var result = new SharePointPublicationResult(
            siteId,
            summaryOutcome.ItemId ?? existingSummary?.ItemId ?? "",
            summaryOutcome.WebUrl ?? existingSummary?.WebUrl,
            counts,
            run.BatchRequests,
            run.RetriedSteps);
        SharePointLog.Published(logger, summary.TeamId, summary.CampaignId, result.ItemsWritten, run.BatchRequests);
        return result;
    }

    private IEnumerable<ItemOperation> Reconcile(string listName, string listId, IReadOnlyList<DesiredItem> desired, IReadOnlyList<ExistingItem> existing)
    {
        var byKey = existing.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var item in desired)
        {
            if (byKey.Remove(item.Key, out var matches))
            {
                yield return new ItemOperation(listName, listId, ItemOperationKind.Update, item.Key, matches[0].ItemId, item.Fields);
                if (matches.Count > 1)
                {
                    SharePointLog.DuplicatesFound(logger, listName, matches.Count - 1, item.Key);
                }

                foreach (var duplicate in matches.Skip(1))
                {
                    yield return new ItemOperation(listName, listId, ItemOperationKind.Delete, item.Key, duplicate.ItemId, null);
                }
            }
            else
            {
                yield return new ItemOperation(listName, listId, ItemOperationKind.Create, item.Key, null, item.Fields);
            }
        }

        foreach (var stale in byKey.Values.SelectMany(v => v))
        {
            yield return new ItemOperation(listName, listId, ItemOperationKind.Delete, stale.Key, stale.ItemId, null);
        }
    }

    private async Task<IReadOnlyList<ExistingItem>> ExistingItemsAsync(string siteId, string listId, string scope, CancellationToken cancellationToken)
    {
        var items = graph.Sites[siteId].Lists[listId].Items;
        var found = new List<ExistingItem>();
        var page = await GraphFailures.RunAsync(Reading, () => items.GetAsync(c =>
        {
            c.QueryParameters.Expand = [$"fields($select={SharePointListSchemas.KeyColumn})"];
            c.QueryParameters.Filter = $"fields/{SharePointListSchemas.ScopeColumn} eq '{scope.Replace("'", "''", StringComparison.Ordinal)}'";
            c.QueryParameters.Top = 500;
            c.Headers.Add("Prefer", NonIndexedPreference);
        }, cancellationToken), cancellationToken);
        while (page is not null)
        {
            foreach (var item in page.Value ?? [])
            {
                if (item.Id is { } id && item.Fields?.AdditionalData.TryGetValue(SharePointListSchemas.KeyColumn, out var key) == true && key?.ToString() is { Length: > 0 } text)
                {
                    found.Add(new ExistingItem(text, id, item.WebUrl));
                }
            }

            page = page.OdataNextLink is { } next
                ? await GraphFailures.RunAsync(Reading, () => items.WithUrl(next).GetAsync(c => c.Headers.Add("Prefer", NonIndexedPreference), cancellationToken), cancellationToken)
                : null;
        }

        return found;
    }

    private sealed record ExistingItem(string Key, string ItemId, string? WebUrl);
}
