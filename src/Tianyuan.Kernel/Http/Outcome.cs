namespace Tianyuan.Kernel.Http;

using Microsoft.AspNetCore.Http;

/// <summary>
/// What a use case returns, so one handler serves both its JSON endpoint (as ProblemDetails) and its form
/// page (as messages next to the fields they name).
/// </summary>
public sealed class Outcome<T>
{
    Outcome(T? value, int status, IDictionary<string, string[]>? errors, string? problemType, string? detail)
    {
        Value = value;
        Status = status;
        Errors = errors ?? new Dictionary<string, string[]>();
        ProblemType = problemType;
        Detail = detail;
    }

    public T? Value { get; }

    /// <summary>HTTP status this outcome maps to (200/201 for success).</summary>
    public int Status { get; }

    /// <summary>Field name → messages, for validation failures.</summary>
    public IDictionary<string, string[]> Errors { get; }

    public string? ProblemType { get; }

    public string? Detail { get; }

    public bool Succeeded => Status is >= 200 and < 300;

    public static Outcome<T> Ok(T value) => new(value, 200, null, null, null);

    public static Outcome<T> Created(T value) => new(value, 201, null, null, null);

    public static Outcome<T> Invalid(IDictionary<string, string[]> errors) => new(default, 400, errors, Problems.Validation, null);

    public static Outcome<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome<T> NotFound(string detail) => new(default, 404, null, Problems.NotFoundType, detail);

    public static Outcome<T> Forbidden(string detail) => new(default, 403, null, Problems.ForbiddenType, detail);

    public static Outcome<T> Conflict(string slug, string detail, string? field = null) => Refused(409, slug, detail, field);

    /// <summary>422: the request is well-formed but cannot apply (an Idempotency-Key reused with another body, an expired offer).</summary>
    public static Outcome<T> Unprocessable(string slug, string detail, string? field = null) => Refused(422, slug, detail, field);

    static Outcome<T> Refused(int status, string slug, string detail, string? field) =>
        new(default, status, field is null ? null : new Dictionary<string, string[]> { [field] = [detail] }, Problems.Type(slug), detail);

    /// <summary>The JSON answer: the value on success, RFC 7807 otherwise.</summary>
    public IResult ToHttpResult(Func<T, string>? location = null)
    {
        if (Succeeded)
            return Status == 201 && location is not null ? Results.Created(location(Value!), Value) : Results.Ok(Value);
        if (Status == 400)
            return Results.ValidationProblem(Problems.JsonFieldNames(Errors), type: ProblemType, title: "One or more fields are invalid.");
        return Results.Problem(Detail, statusCode: Status, type: ProblemType,
            extensions: Errors.Count > 0 ? new Dictionary<string, object?> { ["errors"] = Problems.JsonFieldNames(Errors) } : null);
    }
}
