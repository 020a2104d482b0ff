using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace CompetencyTeams.Domain.Tests.Fuzzing;

/// <summary>
/// Generators of bad import files: random text, valid files damaged by a few byte-level edits (insert, delete, replace,
/// truncate, duplicate), and valid JSON whose values are swapped for values of another type or removed.
/// </summary>
internal static class TextMutations
{
    /// <summary>Fragments that matter to CSV and JSON readers, spreadsheets and text decoders.</summary>
    private static readonly string[] Tokens =
    [
        "\"", "\"\"", ",", ";", "\n", "\r\n", "\r", "{", "}", "[", "]", ":", "null", "0", "-1", "1e309", "1.5", "\uFEFF",
        "=cmd|' /C calc'!A0", "+1", "@SUM(A1)", "\u0000", "\uD800", "\uFFFF", "true", "999999999999999999999", "<script>",
        "\\u0000", "\\", "\t", " ", "é", "𝔘", "\"isChildOf\"", "\"CFItems\"", "\"code\"", "pole_code", "1.1", "1.1.1",
    ];

    public static Gen<string> Noise { get; } = Gen.OneOf(Gen.String[0, 12], Gen.OneOfConst(Tokens));

    /// <summary>Wholly random text, from empty to a few hundred characters.</summary>
    public static Gen<string> RandomText { get; } = Gen.OneOf(
        Gen.String,
        Noise.Array[0, 60].Select(parts => string.Concat(parts)),
        Gen.Byte.Array[0, 400].Select(bytes => Encoding.UTF8.GetString(bytes)));

    /// <summary>The valid document with 1 to 8 random edits.</summary>
    public static Gen<string> Damaged(string valid) =>
        Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Int[0, 64], Noise, (kind, at, length, text) => new Edit(kind, at, length, text))
            .Array[1, 8]
            .Select(edits => edits.Aggregate(valid, (doc, edit) => edit.ApplyTo(doc)));

    /// <summary>The valid JSON document with 1 to 6 of its values replaced by random JSON values or removed.</summary>
    public static Gen<string> Retyped(string validJson)
    {
        var paths = Paths(JsonNode.Parse(validJson)!, "").ToArray();
        return Gen.Select(Gen.OneOfConst(paths), JsonValueGen, Gen.Bool, (path, value, remove) => (path, value, remove))
            .Array[1, 6]
            .Select(changes =>
            {
                var root = JsonNode.Parse(validJson)!;
                foreach (var (path, value, remove) in changes)
                {
                    Change(root, path, value, remove);
                }

                return root.ToJsonString();
            });
    }

    /// <summary>At most <paramref name="max"/> characters of a failing input, for the test report.</summary>
    public static string Shorten(string input, int max = 600) =>
        input.Length <= max ? input : $"{input[..max]}… ({input.Length} characters)";

    private static Gen<JsonNode?> JsonValueGen { get; } = Gen.OneOf(
        Gen.Const((JsonNode?)null),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Double.Select(d => (JsonNode?)JsonValue.Create(double.IsFinite(d) ? d : 0)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Noise.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Const(0).Select(_ => (JsonNode?)new JsonArray()),
        Gen.Const(0).Select(_ => (JsonNode?)new JsonObject()),
        Noise.Array[0, 3].Select(items => (JsonNode?)new JsonArray([.. items.Select(i => (JsonNode?)JsonValue.Create(i))])));

    private static IEnumerable<string> Paths(JsonNode node, string path)
    {
        if (path.Length > 0)
        {
            yield return path;
        }

        var children = node switch
        {
            JsonObject o => o.Select(p => (p.Key, p.Value)),
            JsonArray a => a.Select((v, i) => ("#" + i, v)),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            foreach (var inner in child is null ? [path + "/" + key] : Paths(child, path + "/" + key))
            {
                yield return inner;
            }
        }
    }

    private static void Change(JsonNode root, string path, JsonNode? value, bool remove)
    {
        var keys = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = root;
        foreach (var key in keys[..^1])
        {
            parent = Child(parent, key);
            if (parent is null)
            {
                return; // an earlier change removed or retyped this branch
            }
        }

        var last = keys[^1];
        switch (parent)
        {
            case JsonObject o when o.ContainsKey(last):
                if (remove)
                {
                    o.Remove(last);
                }
                else
                {
                    o[last] = value?.DeepClone();
                }

                break;
            case JsonArray a when last.StartsWith('#') && int.Parse(last[1..], System.Globalization.CultureInfo.InvariantCulture) is var i && i < a.Count:
                if (remove)
                {
                    a.RemoveAt(i);
                }
                else
                {
                    a[i] = value?.DeepClone();
                }

                break;
        }
    }

    private static JsonNode? Child(JsonNode node, string key) => node switch
    {
        JsonObject o => o.TryGetPropertyValue(key, out var v) ? v : null,
        JsonArray a when key.StartsWith('#') && int.Parse(key[1..], System.Globalization.CultureInfo.InvariantCulture) is var i && i < a.Count => a[i],
        _ => null,
    };

    private sealed record Edit(int Kind, double At, int Length, string Text)
    {
        public string ApplyTo(string doc)
        {
            var at = (int)(At * doc.Length);
            var length = Math.Min(Length, doc.Length - at);
            return Kind switch
            {
                0 => doc.Insert(at, Text),
                1 => doc.Remove(at, length),
                2 => doc.Remove(at, length).Insert(at, Text),
                3 => doc[..at],
                _ => doc.Insert(at, doc.Substring(at, length)),
            };
        }
    }
}
