using NJsonSchema.Validation;

namespace CompetencyTeams.TestSupport.Cards;

/// <summary>
/// Turns NJsonSchema errors into readable issues. An element that matches none of the schema's element types
/// fails an "anyOf" with one error list per type; the list with the fewest errors is almost always the type the
/// author meant, so only that one is shown.
/// </summary>
internal static class SchemaErrorFormatter
{
    private const int MaxDepth = 6;

    public static CardIssue ToIssue(ValidationError error) =>
        new("schema", error.Kind.ToString(), Describe(error, 0), string.IsNullOrEmpty(error.Path) ? "#" : error.Path);

    private static string Describe(ValidationError error, int depth)
    {
        var here = $"{error.Kind} at {(string.IsNullOrEmpty(error.Path) ? "#" : error.Path)}" +
            (error.Property is { Length: > 0 } property ? $" (property \"{property}\")" : "");
        if (error is not ChildSchemaValidationError child || child.Errors.Count == 0 || depth >= MaxDepth)
        {
            return here;
        }

        var closest = child.Errors.Values.OrderBy(list => list.Count).First();
        var details = string.Join("; ", closest.Select(e => Describe(e, depth + 1)));
        return $"{here}: closest match fails with [{details}]";
    }
}
