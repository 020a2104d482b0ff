using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>List items: query ($expand=fields, $filter on fields with SharePoint's index rule, paging), create, update fields, delete.</summary>
public sealed class GraphItemHandlers(GraphStore store, IOptions<GraphStandInOptions> options)
{
    /// <summary>The Prefer value SharePoint requires before it filters on a column that is not indexed.</summary>
    public const string NonIndexedPreference = "HonorNonIndexedQueriesWarningMayFailRandomly";

    public GraphResponse Route(GraphRequest request, SiteEntry site, ListEntry list, IReadOnlyList<string> rest)
    {
        var method = request.Method.ToUpperInvariant();
        if (rest.Count == 0)
        {
            return method switch
            {
                "GET" => Query(request, site, list),
                "POST" => Create(request, site, list),
                _ => GraphErrors.Error(405, "methodNotAllowed", "The method is not allowed on this resource."),
            };
        }

        var item = list.Items.FirstOrDefault(i => i.Id == rest[0]);
        if (item is null)
        {
            return GraphErrors.NotFound($"Item '{rest[0]}' does not exist in list '{list.DisplayName}'.");
        }

        return (method, rest.Count > 1 ? rest[1] : null) switch
        {
            ("GET", null) => GraphResponse.Json(200, ItemJson(site, list, item, ParseSelection(request.QueryValue("$expand")))),
            ("PATCH", null) => Update(site, list, item, request.Body?["fields"] as JsonObject, wholeItem: true),
            ("DELETE", null) => Delete(list, item),
            ("GET", "fields") => GraphResponse.Json(200, FieldsJson(item, null)),
            ("PATCH", "fields") => Update(site, list, item, request.Body as JsonObject, wholeItem: false),
            _ => GraphErrors.BadRequest($"Unsupported request {request.Method} {request.Path}."),
        };
    }

    private GraphResponse Query(GraphRequest request, SiteEntry site, ListEntry list)
    {
        IEnumerable<ItemEntry> items = list.Items;
        if (request.QueryValue("$filter") is { Length: > 0 } filterText)
        {
            var filter = GraphItemFilter.Parse(filterText, out var error);
            if (filter is null)
            {
                return GraphErrors.BadRequest(error!);
            }

            var honoursNonIndexed = request.Header("Prefer")?.Contains(NonIndexedPreference, StringComparison.OrdinalIgnoreCase) == true;
            foreach (var field in filter.Fields)
            {
                var column = list.Column(field);
                if (column is null)
                {
                    return GraphErrors.BadRequest($"Field '{field}' is not recognized");
                }

                if ((bool?)column["indexed"] != true && !honoursNonIndexed)
                {
                    return GraphErrors.BadRequest($"Field '{field}' cannot be referenced in filter or orderby as it is not indexed. "
                        + $"Send the 'Prefer: {NonIndexedPreference}' header to allow it; such queries may fail on large lists.");
                }
            }

            items = items.Where(i => filter.Matches(i.Fields));
        }

        var pageSize = int.TryParse(request.QueryValue("$top"), CultureInfo.InvariantCulture, out var top) && top > 0 ? top : options.Value.ItemsPageSize;
        var skip = int.TryParse(request.QueryValue("$skiptoken"), CultureInfo.InvariantCulture, out var token) ? token : 0;
        var matching = items.ToList();
        var selection = ParseSelection(request.QueryValue("$expand"));
        var page = new JsonObject { ["value"] = new JsonArray([.. matching.Skip(skip).Take(pageSize).Select(i => ItemJson(site, list, i, selection))]) };
        if (skip + pageSize < matching.Count)
        {
            var query = request.Query.Where(q => q.Key is not "$skiptoken" and not "$top")
                .Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value))
                .Append("$top=" + pageSize.ToString(CultureInfo.InvariantCulture))
                .Append("$skiptoken=" + (skip + pageSize).ToString(CultureInfo.InvariantCulture));
            page["@odata.nextLink"] = $"{request.BaseUrl}/sites/{site.Id}/lists/{list.Id}/items?{string.Join('&', query)}";
        }

        return GraphResponse.Json(200, page);
    }

    private GraphResponse Create(GraphRequest request, SiteEntry site, ListEntry list)
    {
        if (request.Body?["fields"] is not JsonObject fields)
        {
            return GraphErrors.BadRequest("A list item needs a 'fields' object.");
        }

        var accepted = new JsonObject();
        if (Apply(list, fields, accepted) is { } error)
        {
            return error;
        }

        var now = store.Clock.GetUtcNow();
        var item = new ItemEntry { Id = (list.NextItemId++).ToString(CultureInfo.InvariantCulture), Created = now, Modified = now, Fields = accepted };
        list.Items.Add(item);
        store.Changed();
        return GraphResponse.Json(201, ItemJson(site, list, item, new Selection(true, null)));
    }

    private GraphResponse Update(SiteEntry site, ListEntry list, ItemEntry item, JsonObject? changes, bool wholeItem)
    {
        if (changes is null)
        {
            return GraphErrors.BadRequest("The body must hold the fields to change.");
        }

        var updated = (JsonObject)item.Fields.DeepClone();
        if (Apply(list, changes, updated) is { } error)
        {
            return error;
        }

        item.Fields.Clear();
        foreach (var (name, value) in updated)
        {
            item.Fields[name] = value?.DeepClone();
        }

        item.Modified = store.Clock.GetUtcNow();
        item.Version++;
        store.Changed();
        return GraphResponse.Json(200, wholeItem ? ItemJson(site, list, item, new Selection(true, null)) : FieldsJson(item, null));
    }

    private GraphResponse Delete(ListEntry list, ItemEntry item)
    {
        list.Items.Remove(item);
        store.Changed();
        return GraphResponse.NoContent();
    }

    private static GraphResponse? Apply(ListEntry list, JsonObject changes, JsonObject target)
    {
        foreach (var (name, value) in changes)
        {
            if (name.StartsWith('@'))
            {
                continue;
            }

            if (GraphFieldRules.Accept(list, name, value, out var stored) is { } error)
            {
                return GraphErrors.BadRequest(error);
            }

            target[(string?)list.Column(name)?["name"] ?? name] = stored;
        }

        return null;
    }

    private static JsonObject ItemJson(SiteEntry site, ListEntry list, ItemEntry item, Selection selection)
    {
        var json = new JsonObject
        {
            ["@odata.etag"] = $"\"{list.Id},{item.Version}\"",
            ["id"] = item.Id,
            ["createdDateTime"] = item.Created.ToString("o", CultureInfo.InvariantCulture),
            ["lastModifiedDateTime"] = item.Modified.ToString("o", CultureInfo.InvariantCulture),
            ["webUrl"] = $"{site.WebUrl}/Lists/{list.Name}/DispForm.aspx?ID={item.Id}",
            ["parentReference"] = new JsonObject { ["id"] = list.Id, ["siteId"] = site.Id },
        };
        if (selection.Fields)
        {
            json["fields"] = FieldsJson(item, selection.Select);
        }

        return json;
    }

    private static JsonObject FieldsJson(ItemEntry item, IReadOnlyList<string>? select)
    {
        var fields = new JsonObject { ["@odata.etag"] = $"\"{item.Version}\"", ["id"] = item.Id };
        foreach (var (name, value) in item.Fields)
        {
            if (select is null || select.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                fields[name] = value?.DeepClone();
            }
        }

        fields["Created"] = item.Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        fields["Modified"] = item.Modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return fields;
    }

    /// <summary>Reads "$expand=fields" or "$expand=fields($select=A,B)".</summary>
    private static Selection ParseSelection(string? expand)
    {
        if (expand is null || !expand.StartsWith("fields", StringComparison.OrdinalIgnoreCase))
        {
            return new Selection(false, null);
        }

        var open = expand.IndexOf("($select=", StringComparison.OrdinalIgnoreCase);
        return open < 0
            ? new Selection(true, null)
            : new Selection(true, expand[(open + 9)..].TrimEnd(')').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private sealed record Selection(bool Fields, IReadOnlyList<string>? Select);
}
