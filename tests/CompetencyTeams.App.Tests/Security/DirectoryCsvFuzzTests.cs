using System.Text;
using CompetencyTeams.App.Features.HrConsole;
using CsCheck;

namespace CompetencyTeams.App.Tests.Security;

/// <summary>
/// HR's people and teams CSV import fed random and damaged files: it reports problems in its error list and never
/// throws. Budget: <see cref="QuickIterations"/> inputs per property, 25 times more with CT_LONG_TESTS.
/// </summary>
public sealed class DirectoryCsvFuzzTests
{
    public const int QuickIterations = 300;

    private const string ValidPeople =
        "object_id,display_name,user_principal_name,team_id,manager_id,profile_id,fte,preferred_locale,active\r\n" +
        "a1,Alice Martin,alice@chu-demo.fr,team-a,m1,profile-afr,0.8,fr-FR,true\r\n" +
        "m1,\"Dupont, Marc\",marc@chu-demo.fr,,,profile-afr,1,fr-FR,oui\r\n";

    private const string ValidTeams = "team_id,name,manager_id,parent_team_id\r\nteam-a,Équipe A,m1,\r\nteam-b,\"Équipe \"\"B\"\"\",m2,team-a\r\n";

    private static readonly string[] Tokens = ["\"", "\"\"", ",", ";", "\n", "\r\n", "\r", "\uFEFF", "=1+1", "-", "@", "\u0000", "\uD800", "é", "NaN", "1e309", "2,5", "oui", "maybe", " "];

    private static long Iterations => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CT_LONG_TESTS")) ? QuickIterations : QuickIterations * 25;

    private static Gen<string> Noise => Gen.OneOf(Gen.String[0, 10], Gen.OneOfConst(Tokens));

    [Fact]
    public void People_RandomOrDamagedFiles_NeverThrow() =>
        Inputs(ValidPeople).Sample(text => Assert.NotNull(DirectoryCsv.ReadPeople(text, "fr-FR").Errors), iter: Iterations, threads: 1, print: Shorten);

    [Fact]
    public void Teams_RandomOrDamagedFiles_NeverThrow() =>
        Inputs(ValidTeams).Sample(text => Assert.NotNull(DirectoryCsv.ReadTeams(text, "en-GB").Errors), iter: Iterations, threads: 1, print: Shorten);

    private static Gen<string> Inputs(string valid) => Gen.OneOf(
        Gen.String,
        Noise.Array[0, 40].Select(parts => string.Concat(parts)),
        Gen.Byte.Array[0, 300].Select(bytes => Encoding.UTF8.GetString(bytes)),
        Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Int[0, 20], Noise, (kind, at, length, text) => (kind, at, length, text)).Array[1, 6].Select(edits =>
            edits.Aggregate(valid, (doc, e) =>
            {
                var position = (int)(e.at * doc.Length);
                var count = Math.Min(e.length, doc.Length - position);
                return e.kind switch
                {
                    0 => doc.Insert(position, e.text),
                    1 => doc.Remove(position, count),
                    2 => doc.Remove(position, count).Insert(position, e.text),
                    _ => doc[..position],
                };
            })));

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
