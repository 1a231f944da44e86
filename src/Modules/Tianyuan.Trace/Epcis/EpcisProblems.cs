namespace Tianyuan.Trace.Epcis;

using Microsoft.AspNetCore.Http;

/// <summary>
/// RFC 7807 answers of the EPCIS REST binding: the <c>type</c> is the EPCIS exception (epcisException:ValidationException,
/// ...) so EPCIS clients can branch on it as the standard says; <c>detail</c> names the field or parameter at fault.
/// </summary>
static class EpcisProblems
{
    public const string Validation = "epcisException:ValidationException";
    public const string QueryParameter = "epcisException:QueryParameterException";
    public const string CaptureLimitExceeded = "epcisException:CaptureLimitExceededException";
    public const string NoSuchResource = "epcisException:NoSuchResourceException";

    public static IResult Invalid(string detail) =>
        Problem(StatusCodes.Status400BadRequest, Validation, "The EPCIS document or event is not valid", detail);

    /// <summary>400 listing every refusal; <paramref name="captureId"/> names the failed job when one was recorded.</summary>
    public static IResult Invalid(IReadOnlyList<Domain.CaptureError> errors, Guid? captureId)
    {
        var detail = errors.Count == 1 ? errors[0].Detail : $"{errors[0].Detail} (and {errors.Count - 1} more in errors)";
        var extensions = new Dictionary<string, object?> { ["errors"] = errors };
        if (captureId is not null)
            extensions["captureID"] = captureId.Value.ToString();
        return Problem(StatusCodes.Status400BadRequest, Validation, "The EPCIS document or event is not valid", detail, extensions);
    }

    public static IResult BadQuery(string detail) =>
        Problem(StatusCodes.Status400BadRequest, QueryParameter, "Invalid query parameter", detail);

    public static IResult TooLarge(string detail) =>
        Problem(StatusCodes.Status413PayloadTooLarge, CaptureLimitExceeded, "Capture limit exceeded", detail);

    public static IResult NotFound(string detail) =>
        Problem(StatusCodes.Status404NotFound, NoSuchResource, "No such resource", detail);

    static IResult Problem(int status, string type, string title, string detail, Dictionary<string, object?>? extensions = null) =>
        Results.Problem(detail, statusCode: status, title: title, type: type, extensions: extensions);
}
