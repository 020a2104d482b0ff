using CompetencyTeams.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CompetencyTeams.App.Auth;

/// <summary>The tab API's errors, all as RFC 9457 problem details with a stable "code" extension.</summary>
public static class ApiProblems
{
    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Forbidden", detail, "forbidden");

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail, "not-found");

    public static IResult Conflict(string detail, string code = "conflict") => Problem(StatusCodes.Status409Conflict, "Conflict", detail, code);

    public static IResult Invalid(IDictionary<string, string[]> errors, string detail = "Some fields are not valid.") =>
        TypedResults.ValidationProblem(errors, detail, title: "Invalid request", extensions: new Dictionary<string, object?> { ["code"] = "invalid" });

    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);

    /// <summary>A domain rule: a state that forbids the change is a conflict; anything else is bad input.</summary>
    public static IResult FromRule(DomainRuleException rule, string field) => IsStateRule(rule.Code)
        ? Conflict(rule.Message, rule.Code)
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [rule.Message] }, rule.Message, title: "Invalid request", extensions: new Dictionary<string, object?> { ["code"] = rule.Code });

    public static IResult ConcurrencyConflict() =>
        Conflict("Someone else changed this in the meantime; reload and try again.", "concurrency");

    private static bool IsStateRule(string code) =>
        code is "assessment.not-submitted" or "assessment.campaign-not-open" or "assessment.no-validation-step" or "actionplan.too-many";

    private static ProblemHttpResult Problem(int status, string title, string detail, string code) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });
}
