using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>
/// Resolves the configured site (GET /sites/{hostname}:{path}) and the ids of its lists by display name, once;
/// later calls use the ids, as Graph advises.
/// </summary>
public sealed class SharePointSiteLocator(GraphServiceClient graph, IOptions<SharePointOptions> options)
{
    private string? _siteId;

    public async Task<string> SiteIdAsync(CancellationToken cancellationToken)
    {
        if (_siteId is { } known)
        {
            return known;
        }

        // Two concurrent first calls may both resolve the site; the answer is the same, so no lock is needed.
        var key = options.Value.SiteKey;
        var site = await GraphFailures.RunAsync(
            new GraphOperation($"Resolving the SharePoint site {key}", GraphOperation.ReadPermission),
            () => graph.Sites[key].GetAsync(cancellationToken: cancellationToken),
            cancellationToken);
        var id = site?.Id ?? throw new SharePointPublicationException(SharePointFailure.NotFound, $"Graph returned no id for the site {key}.");
        Volatile.Write(ref _siteId, id);
        return id;
    }

    /// <summary>The site's lists, display name → id (case-insensitive, as SharePoint titles are).</summary>
    public async Task<IReadOnlyDictionary<string, string>> ListIdsAsync(string siteId, GraphOperation operation, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var page = await GraphFailures.RunAsync(
            operation,
            () => graph.Sites[siteId].Lists.GetAsync(c => c.QueryParameters.Select = ["id", "displayName"], cancellationToken),
            cancellationToken);
        while (page is not null)
        {
            foreach (var list in page.Value ?? [])
            {
                if (list.DisplayName is { } name && list.Id is { } id)
                {
                    ids.TryAdd(name, id);
                }
            }

            page = page.OdataNextLink is { } next
                ? await GraphFailures.RunAsync(operation, () => graph.Sites[siteId].Lists.WithUrl(next).GetAsync(cancellationToken: cancellationToken), cancellationToken)
                : null;
        }

        return ids;
    }
}
