namespace Tianyuan.Kernel.Http;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>
/// RFC 7807 answers with a stable <c>type</c> per kind of error, so clients branch on the type, never on text.
/// The list of types is in docs/api-errors.md.
/// </summary>
public static class Problems
{
    public const string TypePrefix = "urn:tianyuan:problem:";

    public static string Type(string slug) => TypePrefix + slug;

    public static readonly string Validation = Type("validation");
    public static readonly string NotFoundType = Type("not-found");
    public static readonly string ForbiddenType = Type("forbidden");
    public static readonly string MalformedBody = Type("malformed-body");
    public static readonly string BodyTooLarge = Type("body-too-large");
    public static readonly string UnsupportedMediaType = Type("unsupported-media-type");

    /// <summary>Default type per status for answers the framework makes itself (401, 405, 429, ...).</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => Validation,
        401 => Type("unauthenticated"),
        403 => ForbiddenType,
        404 => NotFoundType,
        405 => Type("method-not-allowed"),
        409 => Type("conflict"),
        413 => BodyTooLarge,
        415 => UnsupportedMediaType,
        422 => Type("unprocessable"),
        406 => Type("not-acceptable"),
        408 => Type("request-timeout"),
        429 => Type("too-many-requests"),
        >= 400 and < 500 => Type("bad-request"),
        503 => Type("unavailable"),
        _ => Type("server-error"),
    };

    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(JsonFieldNames(errors), type: Validation, title: "One or more fields are invalid.");

    /// <summary>
    /// Error keys named as the client wrote them: use cases key errors by C# property (NameZh, so forms can find
    /// their field), JSON clients get the camelCase name of the body property (nameZh).
    /// </summary>
    public static Dictionary<string, string[]> JsonFieldNames(IDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value);

    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem($"No {what} with id '{id}'.", statusCode: 404, title: "Not found", type: NotFoundType);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: 403, title: "Forbidden", type: ForbiddenType);

    public static ProblemHttpResult Conflict(string slug, string detail) =>
        TypedResults.Problem(detail, statusCode: 409, title: "Conflict", type: Type(slug));

    public static ProblemHttpResult Unprocessable(string slug, string detail) =>
        TypedResults.Problem(detail, statusCode: 422, title: "Unprocessable", type: Type(slug));
}
