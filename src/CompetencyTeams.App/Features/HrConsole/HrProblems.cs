using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Localization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>
/// The tab API's errors with their <c>detail</c> in the request's language. A domain rule that the record's state forbids is a
/// 409; any other rule is bad input (400) on the field it concerns.
/// </summary>
public static class HrProblems
{
    public static IResult NotFound(LocalizedText text, string locale, params object?[] args) => ApiProblems.NotFound(text.Format(locale, args));

    public static IResult Conflict(LocalizedText text, string code, string locale, params object?[] args) => ApiProblems.Conflict(text.Format(locale, args), code);

    public static IResult Invalid(string field, LocalizedText text, string locale, params object?[] args) => ApiProblems.Invalid(field, text.Format(locale, args));

    public static IResult Invalid(IDictionary<string, string[]> errors, string locale) => ApiProblems.Invalid(errors, HrTexts.SomeFieldsInvalid.For(locale));

    public static IResult Concurrency(string locale) => ApiProblems.Conflict(HrTexts.Concurrency.For(locale), "concurrency");

    public static IResult Exists(LocalizedText text, string locale, params object?[] args) => ApiProblems.Conflict(text.Format(locale, args), "exists");

    public static IResult TooLarge(int maxBytes, string locale) => TypedResults.Problem(
        HrTexts.FileTooLarge.Format(locale, maxBytes / (1024 * 1024)),
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "File too large",
        extensions: new Dictionary<string, object?> { ["code"] = "too-large" });

    public static IResult FromRule(DomainRuleException rule, string field, string locale)
    {
        var detail = DomainRuleTexts.Describe(rule, locale);
        return DomainRuleTexts.IsStateRule(rule.Code)
            ? ApiProblems.Conflict(detail, rule.Code)
            : TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [detail] },
                detail,
                title: "Invalid request",
                extensions: new Dictionary<string, object?> { ["code"] = rule.Code });
    }
}
