using System.Globalization;
using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>
/// The part of OData $filter that SharePoint list items support: comparisons (eq, ne, lt, gt, le, ge) and
/// startswith on fields/{name}, joined by "and". Anything else is refused, as an unsupported query would be.
/// </summary>
public sealed class GraphItemFilter
{
    private static readonly string[] Operators = ["eq", "ne", "lt", "gt", "le", "ge"];

    private GraphItemFilter(IReadOnlyList<Condition> conditions) => Conditions = conditions;

    public IReadOnlyList<Condition> Conditions { get; }

    public IEnumerable<string> Fields => Conditions.Select(c => c.Field).Distinct(StringComparer.OrdinalIgnoreCase);

    public static GraphItemFilter? Parse(string filter, out string? error)
    {
        error = null;
        var conditions = new List<Condition>();
        foreach (var part in SplitOnAnd(filter))
        {
            var condition = ParseCondition(part.Trim());
            if (condition is null)
            {
                error = $"Invalid filter clause: '{part.Trim()}'.";
                return null;
            }

            conditions.Add(condition);
        }

        return new GraphItemFilter(conditions);
    }

    public bool Matches(JsonObject fields) => Conditions.All(c => c.Matches(fields[c.Field]));

    private static Condition? ParseCondition(string text)
    {
        if (text.StartsWith("startswith(", StringComparison.OrdinalIgnoreCase) && text.EndsWith(')'))
        {
            var args = text["startswith(".Length..^1].Split(',', 2);
            return args.Length == 2 && FieldName(args[0].Trim()) is { } field && Literal(args[1].Trim()) is { } prefix
                ? new Condition(field, "startswith", prefix)
                : null;
        }

        var pieces = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length != 3 || !Operators.Contains(pieces[1], StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return FieldName(pieces[0]) is { } name && Literal(pieces[2]) is { } literal
            ? new Condition(name, pieces[1].ToLowerInvariant(), literal)
            : null;
    }

    private static string? FieldName(string text) =>
        text.StartsWith("fields/", StringComparison.OrdinalIgnoreCase) && text.Length > 7 ? text[7..] : null;

    private static string? Literal(string text)
    {
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || text is "true" or "false" ? text : null;
    }

    private static IEnumerable<string> SplitOnAnd(string filter)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < filter.Length; i++)
        {
            if (filter[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && string.Compare(filter, i, " and ", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                yield return filter[start..i];
                start = i + 5;
                i += 4;
            }
        }

        yield return filter[start..];
    }

    public sealed record Condition(string Field, string Operator, string Literal)
    {
        public bool Matches(JsonNode? value)
        {
            if (Operator == "startswith")
            {
                return value?.ToString().StartsWith(Literal, StringComparison.OrdinalIgnoreCase) == true;
            }

            var comparison = Compare(value);
            return Operator switch
            {
                "eq" => comparison == 0,
                "ne" => comparison != 0,
                "lt" => comparison < 0,
                "gt" => comparison > 0,
                "le" => comparison <= 0,
                _ => comparison >= 0,
            };
        }

        private int? Compare(JsonNode? value)
        {
            if (value is null)
            {
                return null;
            }

            if (GraphFieldRules.TryNumber(value, out var number) && double.TryParse(Literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var other))
            {
                return number.CompareTo(other);
            }

            var text = value.ToString();
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                && DateTimeOffset.TryParse(Literal, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var otherDate))
            {
                return date.CompareTo(otherDate);
            }

            return string.Compare(text, Literal, StringComparison.OrdinalIgnoreCase);
        }
    }
}
