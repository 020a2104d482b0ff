namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>Reads one competency of the source text (heading, "Compétence :", savoirs, examples) for <see cref="AnapTextConverter"/>.</summary>
internal static class CompetencyReader
{
    /// <summary>Returns the competency and whether another competency of the same block follows (the " -" separator).</summary>
    public static (Competency Competency, bool SeparatorFollows) Read(LineCursor cursor, string code)
    {
        var heading = new List<string>();
        while (!cursor.AtEnd && !cursor.Current.StartsWith(AnapTextConverter.CompetencyLinePrefix, StringComparison.Ordinal))
        {
            if (AnapTextConverter.IsSectionStart(cursor.Current))
            {
                break;
            }

            heading.Add(cursor.Current);
            cursor.Next();
        }

        if (cursor.AtEnd || heading.Count == 0 || AnapTextConverter.IsSectionStart(cursor.Current))
        {
            throw new FrameworkImportException($"competency {code}: expected a heading then a line \"{AnapTextConverter.CompetencyLinePrefix} …\"", cursor.LineNumber, $"{code}.title");
        }

        var competencyLine = cursor.LineNumber;
        var statement = ReadUntil(cursor, AnapTextConverter.CompetencyLinePrefix, AnapTextConverter.KnowledgeLinePrefix, code, "knowledge");
        var knowledgeLine = cursor.LineNumber;
        var knowledge = ReadUntil(cursor, AnapTextConverter.KnowledgeLinePrefix, AnapTextConverter.ExamplesLinePrefix, code, "examples");
        var examplesLine = cursor.LineNumber;
        var (examples, separatorFollows) = ReadExamples(cursor);

        var title = AnapTextConverter.Join(heading);
        var (shortTitle, description) = SplitStatement(title, statement, code, competencyLine);
        var competency = new Competency(
            code,
            title,
            description,
            Bullets(knowledge, code, "knowledge", knowledgeLine),
            Bullets(examples, code, "examples", examplesLine))
        {
            ShortTitle = shortTitle,
        };
        return (competency, separatorFollows);
    }

    /// <summary>
    /// The "Compétence :" line glues a title (the heading, or a shorter form of it) to the description with no space:
    /// "…internesMaintenir à jour…". The heading tells where the title ends.
    /// </summary>
    internal static (string? ShortTitle, string Description) SplitStatement(string heading, string statement, string code, int line)
    {
        var common = 0;
        while (common < heading.Length && common < statement.Length && heading[common] == statement[common])
        {
            common++;
        }

        if (common == heading.Length && common < statement.Length)
        {
            return (null, statement[common..].Trim());
        }

        if (common > 0 && common < heading.Length && heading[common] == ' ' && common < statement.Length && char.IsUpper(statement[common]))
        {
            return (statement[..common].TrimEnd(), statement[common..].Trim());
        }

        throw new FrameworkImportException(
            $"competency {code}: cannot tell where the title \"{AnapTextConverter.Shorten(heading)}\" ends and the description begins",
            line,
            $"{code}.description");
    }

    /// <summary>Text after <paramref name="prefix"/> up to <paramref name="nextPrefix"/> (same line or later ones); leaves the cursor on the next part.</summary>
    private static string ReadUntil(LineCursor cursor, string prefix, string nextPrefix, string code, string nextField)
    {
        var start = cursor.LineNumber;
        var collected = new List<string>();
        var current = cursor.Current[prefix.Length..];
        while (true)
        {
            var at = current.IndexOf(nextPrefix, StringComparison.Ordinal);
            if (at >= 0)
            {
                collected.Add(current[..at]);
                cursor.ReplaceCurrent(current[at..]);

                return string.Join('\n', collected).Trim();
            }

            collected.Add(current);
            cursor.Next();
            if (cursor.AtEnd || AnapTextConverter.IsSectionStart(cursor.Current))
            {
                throw new FrameworkImportException($"competency {code}: \"{nextPrefix}\" is missing", start, $"{code}.{nextField}");
            }

            current = cursor.Current;
        }
    }

    private static (string Text, bool SeparatorFollows) ReadExamples(LineCursor cursor)
    {
        var collected = new List<string> { cursor.Current[AnapTextConverter.ExamplesLinePrefix.Length..] };
        cursor.Next();
        while (true)
        {
            var last = collected[^1].TrimEnd();
            if (last.EndsWith(" -", StringComparison.Ordinal) || last == "-")
            {
                collected[^1] = last[..^1];
                return (string.Join('\n', collected).Trim(), true);
            }

            if (cursor.AtEnd || AnapTextConverter.IsSectionStart(cursor.Current))
            {
                return (string.Join('\n', collected).Trim(), false);
            }

            collected.Add(cursor.Current);
            cursor.Next();
        }
    }

    /// <summary>"• a\n• b\ncontinued" → ["a", "b continued"].</summary>
    private static List<string> Bullets(string text, string code, string field, int line)
    {
        var items = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (part.StartsWith(AnapTextConverter.BulletMark, StringComparison.Ordinal))
            {
                items.Add(part[AnapTextConverter.BulletMark.Length..].Trim());
            }
            else if (items.Count > 0)
            {
                items[^1] = items[^1] + " " + part;
            }
            else
            {
                throw new FrameworkImportException($"competency {code}: the {field} list must start with \"{AnapTextConverter.BulletMark}\"", line, $"{code}.{field}");
            }
        }

        if (items.Count == 0 || items.Any(i => i.Length == 0))
        {
            throw new FrameworkImportException($"competency {code}: the {field} list is empty", line, $"{code}.{field}");
        }

        return items;
    }
}
