using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>Creates the publication's lists and their missing columns; run by an administrator (it needs Sites.Manage.All or a fullcontrol grant).</summary>
public interface ISharePointListProvisioner
{
    Task<SharePointProvisioningReport> ProvisionAsync(CancellationToken cancellationToken);
}

/// <summary>Idempotent: a list that exists is kept (only its missing columns are added), so a second run changes nothing.</summary>
public sealed class SharePointListProvisioner(
    GraphServiceClient graph,
    SharePointSiteLocator locator,
    IOptions<SharePointOptions> options,
    ILogger<SharePointListProvisioner> logger) : ISharePointListProvisioner
{
    public async Task<SharePointProvisioningReport> ProvisionAsync(CancellationToken cancellationToken)
    {
        var siteId = await locator.SiteIdAsync(cancellationToken);
        var listIds = await locator.ListIdsAsync(siteId, new GraphOperation("Reading the site's lists", GraphOperation.ReadPermission), cancellationToken);
        var createdLists = new List<string>();
        var addedColumns = new List<string>();
        foreach (var schema in SharePointListSchemas.All(options.Value))
        {
            if (!listIds.TryGetValue(schema.DisplayName, out var listId))
            {
                await CreateListAsync(siteId, schema, cancellationToken);
                createdLists.Add(schema.DisplayName);
                continue;
            }

            foreach (var column in await MissingColumnsAsync(siteId, listId, schema, cancellationToken))
            {
                await GraphFailures.RunAsync(
                    new GraphOperation($"Adding column {column.Name} to list '{schema.DisplayName}'", GraphOperation.ManagePermission),
                    () => graph.Sites[siteId].Lists[listId].Columns.PostAsync(column, cancellationToken: cancellationToken),
                    cancellationToken);
                SharePointLog.ColumnAdded(logger, schema.DisplayName, column.Name!);
                addedColumns.Add($"{schema.DisplayName}/{column.Name}");
            }
        }

        return new SharePointProvisioningReport(createdLists, addedColumns);
    }

    private async Task CreateListAsync(string siteId, SharePointListSchema schema, CancellationToken cancellationToken)
    {
        var list = new List
        {
            DisplayName = schema.DisplayName,
            ListProp = new ListInfo { Template = "genericList" },
            Columns = [.. schema.Columns],
        };
        await GraphFailures.RunAsync(
            new GraphOperation($"Creating list '{schema.DisplayName}'", GraphOperation.ManagePermission),
            () => graph.Sites[siteId].Lists.PostAsync(list, cancellationToken: cancellationToken),
            cancellationToken);
        SharePointLog.ListCreated(logger, schema.DisplayName, schema.Columns.Count);
    }

    private async Task<IReadOnlyList<ColumnDefinition>> MissingColumnsAsync(string siteId, string listId, SharePointListSchema schema, CancellationToken cancellationToken)
    {
        var page = await GraphFailures.RunAsync(
            new GraphOperation($"Reading the columns of list '{schema.DisplayName}'", GraphOperation.ReadPermission),
            () => graph.Sites[siteId].Lists[listId].Columns.GetAsync(cancellationToken: cancellationToken),
            cancellationToken);
        var present = new HashSet<string>((page?.Value ?? []).Select(c => c.Name ?? ""), StringComparer.OrdinalIgnoreCase);
        return [.. schema.Columns.Where(c => !present.Contains(c.Name!))];
    }
}
