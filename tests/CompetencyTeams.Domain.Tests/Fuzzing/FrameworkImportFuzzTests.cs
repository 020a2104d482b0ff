using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;
using CsCheck;
using Xunit.Abstractions;

namespace CompetencyTeams.Domain.Tests.Fuzzing;

/// <summary>
/// The framework import parsers (our JSON, the spreadsheet CSV, CASE 1.1) fed random and damaged files: each either
/// returns a framework or refuses with <see cref="FrameworkImportException"/> — never any other exception.
/// Budget: <see cref="QuickIterations"/> inputs per property in ./test.sh, <see cref="FuzzBudget.LongFactor"/> times more with CT_LONG_TESTS.
/// </summary>
public sealed class FrameworkImportFuzzTests(ITestOutputHelper output)
{
    public const int QuickIterations = 300;

    private static readonly CompetencyFramework Shipped = ShippedFrameworks.AnapAfr;
    private static readonly string ValidJson = FrameworkJson.Serialize(Shipped);
    private static readonly string ValidCsv = FrameworkCsv.Serialize(Shipped);
    private static readonly string ValidSemicolonCsv = FrameworkCsv.Serialize(Shipped, ';');
    private static readonly string ValidCase = CaseJsonExport.Serialize(Shipped, new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Json_RandomText_ParsesOrRefuses() => Fuzz(TextMutations.RandomText, FrameworkJson.Deserialize);

    [Fact]
    public void Json_DamagedValidFile_ParsesOrRefuses() => Fuzz(TextMutations.Damaged(ValidJson), FrameworkJson.Deserialize);

    [Fact]
    public void Json_ValuesOfTheWrongTypeOrMissing_ParsesOrRefuses() => Fuzz(TextMutations.Retyped(ValidJson), FrameworkJson.Deserialize);

    [Fact]
    public void Csv_RandomText_ParsesOrRefuses() => Fuzz(TextMutations.RandomText, ReadCsv);

    [Fact]
    public void Csv_DamagedValidFile_ParsesOrRefuses() =>
        Fuzz(Gen.OneOf(TextMutations.Damaged(ValidCsv), TextMutations.Damaged(ValidSemicolonCsv)), ReadCsv);

    [Fact]
    public void Case_RandomText_ParsesOrRefuses() => Fuzz(TextMutations.RandomText, CaseJsonImport.Deserialize);

    [Fact]
    public void Case_DamagedValidFile_ParsesOrRefuses() => Fuzz(TextMutations.Damaged(ValidCase), CaseJsonImport.Deserialize);

    [Fact]
    public void Case_ValuesOfTheWrongTypeOrMissing_ParsesOrRefuses() => Fuzz(TextMutations.Retyped(ValidCase), CaseJsonImport.Deserialize);

    [Fact]
    public void ValidFiles_StillParse_SoTheFuzzersStartFromWorkingInput()
    {
        Assert.Equal(Shipped.Poles.Count, FrameworkJson.Deserialize(ValidJson).Poles.Count);
        Assert.Equal(Shipped.Poles.Count, ReadCsv(ValidCsv).Poles.Count);
        Assert.Equal(Shipped.Poles.Count, ReadCsv(ValidSemicolonCsv).Poles.Count);
        Assert.Equal(Shipped.Poles.Count, CaseJsonImport.Deserialize(ValidCase).Poles.Count);
    }

    private static CompetencyFramework ReadCsv(string csv) =>
        FrameworkCsv.Deserialize(csv, "fuzz", 1, "Fuzz", "fr", Shipped.Scale);

    private void Fuzz(Gen<string> inputs, Func<string, CompetencyFramework> parse)
    {
        long refused = 0, parsed = 0;
        inputs.Sample(
            input =>
            {
                FuzzBudget.Count();
                try
                {
                    Assert.NotNull(parse(input));
                    Interlocked.Increment(ref parsed);
                }
                catch (FrameworkImportException error)
                {
                    Assert.False(string.IsNullOrWhiteSpace(error.Message));
                    Interlocked.Increment(ref refused);
                }
            },
            iter: FuzzBudget.Iterations(QuickIterations),
            threads: 1,
            print: input => TextMutations.Shorten(input));
        output.WriteLine($"{parsed + refused} inputs: {refused} refused with FrameworkImportException, {parsed} parsed.");
    }
}
