using System.Security.Claims;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>Who sent an inbound request, as proven by its validated token.</summary>
/// <param name="Identity">The validated claims.</param>
/// <param name="Issuer">The trusted issuer that signed the token.</param>
/// <param name="ServiceUrl">The token's serviceurl claim, which the activity's serviceUrl must equal.</param>
/// <param name="Endorsements">The channels the signing key is endorsed for; null when the key carries no endorsements.</param>
public sealed record BotCaller(ClaimsIdentity Identity, TrustedIssuer Issuer, string ServiceUrl, IReadOnlySet<string>? Endorsements);

/// <summary>Why a request is refused, with its HTTP status.</summary>
public sealed record BotRejection(int StatusCode, string Reason)
{
    public static BotRejection Unauthorized(string reason) => new(401, reason);

    public static BotRejection Forbidden(string reason) => new(403, reason);

    public static BotRejection BadRequest(string reason) => new(400, reason);

    public static BotRejection TooLarge(string reason) => new(413, reason);

    /// <summary>Our side cannot check the token now (metadata unreachable): not the caller's fault.</summary>
    public static BotRejection Unavailable(string reason) => new(503, reason);
}

/// <summary>Either a caller or a rejection.</summary>
public sealed record TokenValidation(BotCaller? Caller, BotRejection? Rejection)
{
    public static TokenValidation Accept(BotCaller caller) => new(caller, null);

    public static TokenValidation Reject(BotRejection rejection) => new(null, rejection);
}
