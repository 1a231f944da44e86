namespace Tianyuan.Trace.Features.Capture;

using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Epcis.Xml;

/// <summary>
/// Reads a capture body as JSON: JSON or JSON-LD as sent, XML (the EPCIS XML binding) converted to the same JSON-LD
/// shape, within the size limit, parsed without ever turning bad input into a 500. Also reads the
/// GS1-Capture-Error-Behaviour header.
/// </summary>
static class EpcisRequest
{
    public const string ErrorBehaviourHeader = "GS1-Capture-Error-Behaviour";

    static readonly string[] JsonMediaTypes = ["application/json", "application/ld+json"];

    static readonly string[] MediaTypes = [.. JsonMediaTypes, .. EpcisXml.MediaTypes];

    /// <summary>The parsed body, or the problem to answer with.</summary>
    public static async Task<(JsonDocument? Body, IResult? Problem)> ReadJsonAsync(HttpRequest request, EpcisSettings settings, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !MediaTypes.Contains(type.MediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, Results.Problem($"Send EPCIS documents as {string.Join(", ", MediaTypes)}; got '{request.ContentType}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", type: Problems.UnsupportedMediaType));
        }

        if (request.ContentLength > settings.CaptureBytes)
            return (null, TooLarge(settings));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > settings.CaptureBytes)
                return (null, TooLarge(settings));
            buffer.Write(chunk, 0, read);
        }

        if (EpcisXml.MediaTypes.Contains(type.MediaType, StringComparer.OrdinalIgnoreCase))
            return ReadXml(buffer.ToArray());
        try
        {
            var body = JsonDocument.Parse(buffer.ToArray());
            if (body.RootElement.ValueKind == JsonValueKind.Object)
                return (body, null);
            body.Dispose();
            return (null, EpcisProblems.Invalid("The body must be a JSON object (an EPCISDocument or an EPCIS event)."));
        }
        catch (JsonException e)
        {
            return (null, EpcisProblems.Invalid($"The body is not well-formed JSON: {e.Message}"));
        }
    }

    static (JsonDocument? Body, IResult? Problem) ReadXml(byte[] bytes)
    {
        try
        {
            return (EpcisXml.ToJson(bytes), null);
        }
        catch (XmlException e)
        {
            return (null, EpcisProblems.Invalid($"The XML body cannot be captured: {e.Message}"));
        }
    }

    /// <summary>"rollback" (the default) or "proceed"; null when the header holds anything else.</summary>
    public static string? ErrorBehaviour(HttpRequest request)
    {
        var value = request.Headers[ErrorBehaviourHeader].ToString().Trim().ToLowerInvariant();
        return value switch
        {
            "" or CaptureProcessor.Rollback => CaptureProcessor.Rollback,
            CaptureProcessor.Proceed => CaptureProcessor.Proceed,
            _ => null,
        };
    }

    static IResult TooLarge(EpcisSettings settings) =>
        EpcisProblems.TooLarge($"The body is larger than this repository captures at once ({settings.CaptureBytes} bytes, see GS1-EPCIS-Capture-File-Size-Limit).");
}
