using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>/devchannel/sharepoint: every site, list, column and item the stand-in holds, as plain HTML (all values encoded).</summary>
public static class SharePointPage
{
    public static string Render(GraphStore store)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SharePoint lists (DevChannel)</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse;margin:.5rem 0 1.5rem}")
            .Append("th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}th{background:#f3f2f1}")
            .Append(".muted{color:#666}</style></head><body><h1>SharePoint lists</h1>")
            .Append("<p class=\"muted\">Served by the DevChannel's Graph stand-in (/v1.0). Reload to refresh.</p>");
        lock (store.Gate)
        {
            foreach (var site in store.Sites)
            {
                html.Append("<section><h2>").Append(Encode(site.WebUrl)).Append("</h2><p class=\"muted\">site id ")
                    .Append(Encode(site.Id)).Append("</p>");
                if (site.Lists.Count == 0)
                {
                    html.Append("<p>No lists yet.</p>");
                }

                foreach (var list in site.Lists)
                {
                    AppendList(html, list);
                }

                html.Append("</section>");
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private static void AppendList(StringBuilder html, ListEntry list)
    {
        var columns = list.Columns.Select(c => (string)c["name"]!).ToList();
        html.Append("<h3 id=\"list-").Append(Encode(list.Id)).Append("\">").Append(Encode(list.DisplayName))
            .Append(" <span class=\"muted\">(").Append(list.Items.Count.ToString(CultureInfo.InvariantCulture)).Append(" items)</span></h3>")
            .Append("<table><thead><tr><th>ID</th>");
        foreach (var column in list.Columns)
        {
            var indexed = (bool?)column["indexed"] == true ? " &#9906;" : "";
            html.Append("<th title=\"").Append(Encode(TypeOf(column))).Append("\">").Append(Encode((string)column["name"]!)).Append(indexed).Append("</th>");
        }

        html.Append("<th>Modified</th></tr></thead><tbody>");
        foreach (var item in list.Items)
        {
            html.Append("<tr><td>").Append(Encode(item.Id)).Append("</td>");
            foreach (var column in columns)
            {
                html.Append("<td>").Append(Encode(item.Fields[column]?.ToString() ?? "")).Append("</td>");
            }

            html.Append("<td>").Append(Encode(item.Modified.ToString("u", CultureInfo.InvariantCulture))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string TypeOf(System.Text.Json.Nodes.JsonObject column) =>
        column.Select(p => p.Key).FirstOrDefault(k => k is "text" or "number" or "choice" or "dateTime" or "boolean" or "currency" or "personOrGroup") ?? "";

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
