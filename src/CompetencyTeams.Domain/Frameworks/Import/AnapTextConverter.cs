using System.Text.RegularExpressions;

namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>
/// Turns the référentiel's source text (pôle introductions, then "Pôle N - …" sections with blocks "1.1" and, per
/// competency, a heading, a "Compétence :" line that glues the title to its description, "Savoirs associés :" and
/// "Exemples concrets :" bullet lists) into a <see cref="CompetencyFramework"/> draft. Competency codes are
/// block code + position ("1.1.2"), stable as long as the source order is.
/// </summary>
public static partial class AnapTextConverter
{
    private const string CompetencyPrefix = "Compétence :";
    private const string KnowledgePrefix = "Savoirs associés :";
    private const string ExamplesPrefix = "Exemples concrets :";
    private const string Bullet = "•";

    public static CompetencyFramework Convert(string text, string id, int version, string name, LevelScale scale)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var cursor = new LineCursor(lines);
        var intros = ReadPoleIntroductions(cursor);
        var poles = new List<Pole>();
        while (!cursor.AtEnd)
        {
            poles.Add(ReadPole(cursor, intros));
        }

        if (poles.Count == 0)
        {
            throw new FrameworkImportException("no \"Pôle N - …\" section found", cursor.LineNumber, "pole");
        }

        return new CompetencyFramework(id, version, name, "fr", FrameworkStatus.Draft, poles, scale);
    }

    private static Dictionary<string, string> ReadPoleIntroductions(LineCursor cursor)
    {
        var intros = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!cursor.AtEnd && !PoleHeader().IsMatch(cursor.Current))
        {
            var number = PoleNumber().Match(cursor.Current);
            if (!number.Success)
            {
                throw new FrameworkImportException($"expected a pôle number such as \"01\", found \"{Shorten(cursor.Current)}\"", cursor.LineNumber, "pole.code");
            }

            cursor.Next();
            cursor.Next(); // the pôle's name, repeated later in its "Pôle N - …" header
            var description = new List<string>();
            while (!cursor.AtEnd && !PoleNumber().IsMatch(cursor.Current) && !PoleHeader().IsMatch(cursor.Current))
            {
                description.Add(cursor.Current);
                cursor.Next();
            }

            intros[int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)] = Join(description);
        }

        return intros;
    }

    private static Pole ReadPole(LineCursor cursor, Dictionary<string, string> intros)
    {
        var header = PoleHeader().Match(cursor.Current);
        if (!header.Success)
        {
            throw new FrameworkImportException($"expected \"Pôle N - title\", found \"{Shorten(cursor.Current)}\"", cursor.LineNumber, "pole");
        }

        var code = header.Groups["code"].Value;
        cursor.Next();
        var blocks = new List<ActivityBlock>();
        while (!cursor.AtEnd && !PoleHeader().IsMatch(cursor.Current))
        {
            blocks.Add(ReadBlock(cursor, code));
        }

        if (blocks.Count == 0)
        {
            throw new FrameworkImportException($"pôle {code} has no activity block", cursor.LineNumber, $"pole {code}");
        }

        return new Pole(code, header.Groups["title"].Value.Trim(), intros.GetValueOrDefault(code), blocks);
    }

    private static ActivityBlock ReadBlock(LineCursor cursor, string poleCode)
    {
        var code = cursor.Current;
        if (!BlockCode().IsMatch(code) || !code.StartsWith(poleCode + ".", StringComparison.Ordinal))
        {
            throw new FrameworkImportException($"expected an activity block code of pôle {poleCode} (such as \"{poleCode}.1\"), found \"{Shorten(code)}\"", cursor.LineNumber, "block.code");
        }

        var titleLine = cursor.Next();
        var title = new List<string>();
        while (!cursor.AtEnd && cursor.Current != "-")
        {
            title.Add(cursor.Current);
            cursor.Next();
        }

        if (cursor.AtEnd || title.Count == 0)
        {
            throw new FrameworkImportException($"block {code}: expected its title then a line \"-\"", titleLine, $"block {code}.title");
        }

        cursor.Next();
        var competencies = new List<Competency>();
        var more = true;
        while (more)
        {
            var (competency, separatorFollows) = CompetencyReader.Read(cursor, $"{code}.{competencies.Count + 1}");
            competencies.Add(competency);
            more = separatorFollows;
        }

        return new ActivityBlock(code, Join(title), competencies);
    }

    internal static bool IsSectionStart(string line) => BlockCode().IsMatch(line) || PoleHeader().IsMatch(line);

    internal static string Join(IEnumerable<string> lines) => string.Join(' ', lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    internal static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";

    internal static string CompetencyLinePrefix => CompetencyPrefix;

    internal static string KnowledgeLinePrefix => KnowledgePrefix;

    internal static string ExamplesLinePrefix => ExamplesPrefix;

    internal static string BulletMark => Bullet;

    [GeneratedRegex(@"^Pôle (?<code>\d+) - (?<title>.+)$")]
    private static partial Regex PoleHeader();

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex PoleNumber();

    [GeneratedRegex(@"^\d+\.\d+$")]
    private static partial Regex BlockCode();
}
