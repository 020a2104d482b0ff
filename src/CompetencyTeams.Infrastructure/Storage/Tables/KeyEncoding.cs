using System.Globalization;
using System.Text;

namespace CompetencyTeams.Infrastructure.Storage.Tables;

/// <summary>
/// Turns any user-derived text into a legal PartitionKey/RowKey and back. Azure forbids / \ # ? and control characters
/// in keys; we also reserve '|' as the separator of composite keys.
/// <para>
/// The code is prefix-free and monotone: each forbidden character is written as its lower neighbour followed by a
/// digit (e.g. '/' → ".1", '.' → ".0"), so encoded keys sort exactly as the original strings do (ordinal), and
/// range queries over encoded keys mean the same as over the originals.
/// </para>
/// </summary>
public static class KeyEncoding
{
    /// <summary>Azure allows 1 KiB per key; counted as Azure counts strings (UTF-16), that is 512 characters.</summary>
    public const int MaxKeyChars = 512;

    public const char Separator = '|';

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c) && !char.IsSurrogatePair(value, i))
            {
                throw new ArgumentException($"Key text contains an unpaired surrogate at position {i}; it cannot be stored.", nameof(value));
            }

            AppendEncoded(builder, c);
            if (char.IsHighSurrogate(c))
            {
                builder.Append(value[++i]);
            }
        }

        var encoded = builder.ToString();
        EnsureLength(encoded);
        return encoded;
    }

    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (!IsBlockPrefix(c))
            {
                builder.Append(c);
                continue;
            }

            var code = i + 1 < key.Length ? key[i + 1] : throw Malformed(key);
            i++;
            builder.Append((c, code) switch
            {
                (' ', '~') => ' ',
                (' ', _) => Hex(key, ref i, i, 0x00, 0x1F),
                ('~', '1') => Hex(key, ref i, i + 1, 0x7F, 0x9F),
                (_, '0') => c,
                (_, '1') => (char)(c + 1),
                _ => throw Malformed(key),
            });
        }

        return builder.ToString();
    }

    /// <summary>A composite key of encoded parts joined by '|'. Parts sharing a prefix stay together in key order.</summary>
    public static string Join(params string[] parts)
    {
        var joined = string.Join(Separator, parts.Select(Encode));
        EnsureLength(joined);
        return joined;
    }

    public static IReadOnlyList<string> Split(string key) => key.Split(Separator).Select(Decode).ToList();

    /// <summary>Bounds for "every key that starts with these parts": key ≥ From and key &lt; To.</summary>
    public static (string From, string To) PrefixRange(params string[] parts)
    {
        var prefix = string.Join(Separator, parts.Select(Encode));
        return (prefix + Separator, prefix + (char)(Separator + 1));
    }

    /// <summary>A key that sorts in time order (UTC ticks, zero-padded).</summary>
    public static string Chronological(DateTimeOffset instant) =>
        instant.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>A key that sorts newest first.</summary>
    public static string NewestFirst(DateTimeOffset instant) =>
        (DateTimeOffset.MaxValue.UtcTicks - instant.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>Refuses a key Azure would refuse: forbidden characters or more than 1 KiB.</summary>
    public static void EnsureValidKey(string key, string keyName)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new StorageLimitExceededException(
                    "no / \\ # ? or control characters in keys",
                    $"{keyName} contains U+{(int)c:X4}; encode user-derived keys with {nameof(KeyEncoding)}.{nameof(Encode)}.");
            }
        }

        EnsureLength(key);
    }

    private static void EnsureLength(string key)
    {
        if (key.Length > MaxKeyChars)
        {
            throw new StorageLimitExceededException(
                "key ≤ 1 KiB",
                $"the key is {key.Length} characters once encoded ({key.Length * 2} bytes as UTF-16); at most {MaxKeyChars} are allowed.");
        }
    }

    private static void AppendEncoded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case < ' ':
                builder.Append(' ').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                break;
            case ' ':
                builder.Append(" ~");
                break;
            case '"' or '.' or '>' or '[' or '{' or '~':
                builder.Append(c).Append('0');
                break;
            case '#' or '/' or '?' or '\\' or '|':
                builder.Append((char)(c - 1)).Append('1');
                break;
            case >= '\u007F' and <= '\u009F':
                builder.Append("~1").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(c);
                break;
        }
    }

    private static bool IsBlockPrefix(char c) => c is ' ' or '"' or '.' or '>' or '[' or '{' or '~';

    private static char Hex(string key, ref int i, int start, int min, int max)
    {
        if (start + 2 > key.Length
            || !char.IsAsciiHexDigitUpper(key[start])
            || !char.IsAsciiHexDigitUpper(key[start + 1])
            || !int.TryParse(key.AsSpan(start, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
        {
            throw Malformed(key);
        }

        i = start + 1;
        return (char)value;
    }

    private static FormatException Malformed(string key) => new($"'{key}' is not a key produced by {nameof(KeyEncoding)}.{nameof(Encode)}.");
}
