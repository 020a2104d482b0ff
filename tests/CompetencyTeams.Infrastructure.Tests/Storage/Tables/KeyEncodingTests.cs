using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Tables;
using CsCheck;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Tables;

public sealed class KeyEncodingTests
{
    public static TheoryData<string> HostileValues => new()
    {
        "a/b/c",
        "back\\slash",
        "#hash#",
        "what?",
        "tab\tnew\nline\u0000nul\u001F",
        "\u007Fdel\u0085nel\u009F",
        "pipe|separator",
        "~.\"[{> already-escape-like 0 1 ~0 .1",
        "é à ç 漢字 🙂 עברית",
        "",
        "   ",
        "'quote' and %25 percent and &amp;",
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void Encode_HostileValue_HasNoForbiddenCharacterAndDecodesBack(string value)
    {
        var encoded = KeyEncoding.Encode(value);

        Assert.DoesNotContain(encoded, c => c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c));
        Assert.Equal(value, KeyEncoding.Decode(encoded));
    }

    [Fact]
    public void Encode_AnyStrings_PreservesOrdinalOrderAndRoundTrips()
    {
        var chars = Gen.OneOf(Gen.Char["\0\u001F !\"#$-./09:>?@[\\]z{|}~\u007F\u0080\u009F\u00A0é"], Gen.Char.AlphaNumeric);
        var text = chars.Array[0, 12].Select(a => new string(a));

        Gen.Select(text, text).Sample((a, b) =>
        {
            var (ea, eb) = (KeyEncoding.Encode(a), KeyEncoding.Encode(b));
            return KeyEncoding.Decode(ea) == a
                && Math.Sign(string.CompareOrdinal(a, b)) == Math.Sign(string.CompareOrdinal(ea, eb));
        });
    }

    [Fact]
    public void Encode_EncodedFormOver1KiB_RefusedNamingTheLimit()
    {
        var error = Assert.Throws<StorageLimitExceededException>(() => KeyEncoding.Encode(new string('/', 257)));

        Assert.Equal("key ≤ 1 KiB", error.Limit);
        Assert.Contains("514 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_UnpairedSurrogate_RefusedWithClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => KeyEncoding.Encode("a\uD800b"));

        Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".")]
    [InlineData(".2")]
    [InlineData(" 2G")]
    [InlineData(" 1f")]
    [InlineData("~1A0")]
    public void Decode_TextNotProducedByEncode_ThrowsFormatException(string key) =>
        Assert.Throws<FormatException>(() => KeyEncoding.Decode(key));

    [Fact]
    public void Join_PartsContainingSeparator_SplitsBackToTheSameParts()
    {
        var key = KeyEncoding.Join("campaign|1", "team/a");

        Assert.Equal(["campaign|1", "team/a"], KeyEncoding.Split(key));
    }

    [Fact]
    public void PrefixRange_CompositeKeys_ContainsExactlyKeysWithThatFirstPart()
    {
        var (from, to) = KeyEncoding.PrefixRange("c1");
        string[] keys = [KeyEncoding.Join("c1", "a"), KeyEncoding.Join("c1", "~z"), KeyEncoding.Join("c10", "a"), KeyEncoding.Join("c", "a")];

        var inside = keys.Where(k => string.CompareOrdinal(k, from) >= 0 && string.CompareOrdinal(k, to) < 0).ToList();

        Assert.Equal([keys[0], keys[1]], inside);
    }

    [Fact]
    public void NewestFirst_LaterInstant_SortsBefore()
    {
        var earlier = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.True(string.CompareOrdinal(KeyEncoding.NewestFirst(earlier.AddTicks(1)), KeyEncoding.NewestFirst(earlier)) < 0);
        Assert.True(string.CompareOrdinal(KeyEncoding.Chronological(earlier), KeyEncoding.Chronological(earlier.AddTicks(1))) < 0);
    }
}
