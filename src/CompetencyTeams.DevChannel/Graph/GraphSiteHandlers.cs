using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>GET /sites/{hostname}:{path}, /sites/{id}, and the lists and columns of a site.</summary>
public sealed class GraphSiteHandlers(GraphStore store, GraphItemHandlers items)
{
    private static readonly string[] ColumnFacets = ["text", "number", "choice", "dateTime", "boolean", "currency", "personOrGroup", "lookup", "hyperlinkOrPicture", "calculated", "term"];

    public GraphResponse Route(GraphRequest request)
    {
        var (site, rest) = ResolveSite(request.Segments);
        if (site is null)
        {
            return GraphErrors.NotFound("Requested site could not be found");
        }

        if (rest.Count == 0)
        {
            return IsGet(request) ? GraphResponse.Json(200, SiteJson(site)) : MethodNotAllowed();
        }

        if (rest[0] != "lists")
        {
            return GraphErrors.BadRequest($"Resource not found for the segment '{rest[0]}'.");
        }

        if (rest.Count == 1)
        {
            return request.Method.ToUpperInvariant() switch
            {
                "GET" => GraphResponse.Json(200, new JsonObject { ["value"] = new JsonArray([.. site.Lists.Select(l => ListJson(site, l, withColumns: false))]) }),
                "POST" => CreateList(site, request),
                _ => MethodNotAllowed(),
            };
        }

        var list = site.Lists.FirstOrDefault(l => string.Equals(l.Id, rest[1], StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.DisplayName, rest[1], StringComparison.OrdinalIgnoreCase));
        if (list is null)
        {
            return GraphErrors.NotFound($"List '{rest[1]}' does not exist at site with URL '{site.WebUrl}'.");
        }

        return rest.Count switch
        {
            2 when IsGet(request) => GraphResponse.Json(200, ListJson(site, list, request.QueryValue("$expand")?.Contains("columns", StringComparison.Ordinal) == true)),
            3 when rest[2] == "columns" && IsGet(request) => GraphResponse.Json(200, new JsonObject { ["value"] = new JsonArray([.. list.Columns.Select(c => c.DeepClone())]) }),
            3 when rest[2] == "columns" && request.Method.Equals("POST", StringComparison.OrdinalIgnoreCase) => AddColumn(list, request.Body as JsonObject),
            >= 3 when rest[2] == "items" => items.Route(request, site, list, rest.Skip(3).ToList()),
            _ => GraphErrors.BadRequest($"Unsupported request {request.Method} {request.Path}."),
        };
    }

    /// <summary>Reads the site key: "{id}" or "{hostname}:{path}" (one encoded segment, or spread over segments up to the closing ':').</summary>
    private (SiteEntry? Site, List<string> Remaining) ResolveSite(IReadOnlyList<string> segments)
    {
        if (segments.Count < 2)
        {
            return (null, []);
        }

        var first = segments[1];
        var next = 2;
        if (first.Contains(':', StringComparison.Ordinal) && !first.Contains('/', StringComparison.Ordinal) && first.EndsWith(':'))
        {
            var parts = new List<string> { first };
            while (next < segments.Count)
            {
                parts.Add(segments[next++]);
                if (parts[^1].EndsWith(':'))
                {
                    break;
                }
            }

            first = string.Join('/', parts);
        }

        return (store.FindSite(first.TrimEnd(':')), segments.Skip(next).ToList());
    }

    private GraphResponse CreateList(SiteEntry site, GraphRequest request)
    {
        if (request.Body is not JsonObject body || (string?)body["displayName"] is not { Length: > 0 } displayName)
        {
            return GraphErrors.BadRequest("A list needs a displayName.");
        }

        if (site.Lists.Any(l => string.Equals(l.DisplayName, displayName, StringComparison.OrdinalIgnoreCase)))
        {
            return GraphErrors.Conflict("nameAlreadyExists", $"A list, survey, discussion board, or document library with the specified title already exists: {displayName}.");
        }

        var list = new ListEntry
        {
            Id = GraphStore.StableGuid($"list|{site.Id}|{displayName}|{site.Lists.Count}").ToString(),
            DisplayName = displayName,
            Template = (string?)body["list"]?["template"] ?? "genericList",
            Created = store.Clock.GetUtcNow(),
        };
        list.Columns.Add(NewColumn(list, new JsonObject { ["name"] = "Title", ["required"] = true, ["text"] = new JsonObject { ["allowMultipleLines"] = false, ["maxLength"] = 255 } }));
        foreach (var column in (body["columns"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var error = ValidateColumn(list, column);
            if (error is not null)
            {
                return error;
            }

            list.Columns.Add(NewColumn(list, column));
        }

        site.Lists.Add(list);
        store.Changed();
        return GraphResponse.Json(201, ListJson(site, list, withColumns: true));
    }

    private GraphResponse AddColumn(ListEntry list, JsonObject? column)
    {
        if (column is null)
        {
            return GraphErrors.BadRequest("The body must be a columnDefinition.");
        }

        if (ValidateColumn(list, column) is { } error)
        {
            return error;
        }

        var created = NewColumn(list, column);
        list.Columns.Add(created);
        store.Changed();
        return GraphResponse.Json(201, created.DeepClone());
    }

    private static GraphResponse? ValidateColumn(ListEntry list, JsonObject column)
    {
        var name = (string?)column["name"];
        if (string.IsNullOrWhiteSpace(name) || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            return GraphErrors.BadRequest($"Invalid column name '{name}'.");
        }

        if (list.Column(name) is not null)
        {
            return GraphErrors.Conflict("nameAlreadyExists", $"A duplicate field name \"{name}\" was found.");
        }

        var facets = ColumnFacets.Count(f => column[f] is JsonObject);
        return facets == 1 ? null : GraphErrors.BadRequest($"Column '{name}' must have exactly one type facet (text, number, choice, dateTime…).");
    }

    private static JsonObject NewColumn(ListEntry list, JsonObject definition)
    {
        var column = (JsonObject)definition.DeepClone();
        var name = (string)column["name"]!;
        column["id"] = GraphStore.StableGuid($"column|{list.Id}|{name}").ToString();
        column["displayName"] ??= name;
        column["indexed"] ??= false;
        column["required"] ??= false;
        column["enforceUniqueValues"] ??= false;
        column["hidden"] ??= false;
        column["readOnly"] ??= false;
        column["columnGroup"] ??= "Custom Columns";
        return column;
    }

    private static JsonObject SiteJson(SiteEntry site) => new()
    {
        ["id"] = site.Id,
        ["name"] = site.DisplayName,
        ["displayName"] = site.DisplayName,
        ["webUrl"] = site.WebUrl,
        ["siteCollection"] = new JsonObject { ["hostname"] = site.Hostname },
    };

    public static JsonObject ListJson(SiteEntry site, ListEntry list, bool withColumns)
    {
        var json = new JsonObject
        {
            ["id"] = list.Id,
            ["name"] = list.Name,
            ["displayName"] = list.DisplayName,
            ["createdDateTime"] = list.Created.ToString("o"),
            ["webUrl"] = $"{site.WebUrl}/Lists/{list.Name}",
            ["list"] = new JsonObject { ["template"] = list.Template, ["hidden"] = false, ["contentTypesEnabled"] = false },
            ["parentReference"] = new JsonObject { ["siteId"] = site.Id },
        };
        if (withColumns)
        {
            json["columns"] = new JsonArray([.. list.Columns.Select(c => c.DeepClone())]);
        }

        return json;
    }

    private static bool IsGet(GraphRequest request) => request.Method.Equals("GET", StringComparison.OrdinalIgnoreCase);

    private static GraphResponse MethodNotAllowed() => GraphErrors.Error(405, "methodNotAllowed", "The method is not allowed on this resource.");
}
