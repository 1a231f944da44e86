namespace Tianyuan.Trace.Epcis;

using Microsoft.Extensions.Configuration;

/// <summary>
/// Capture limits (Trace:Epcis:CaptureLimit events, Trace:Epcis:CaptureBytes bytes), advertised in the
/// GS1-EPCIS-Capture-Limit and GS1-EPCIS-Capture-File-Size-Limit headers and enforced with 413 CaptureLimitExceededException.
/// </summary>
sealed record EpcisSettings(int CaptureLimit, long CaptureBytes)
{
    public const string EpcisVersion = "2.0.0";
    public const string CbvVersion = "2.0.0";

    public static EpcisSettings From(IConfiguration configuration) => new(
        configuration.GetValue<int?>("Trace:Epcis:CaptureLimit") ?? 500,
        configuration.GetValue<long?>("Trace:Epcis:CaptureBytes") ?? 4 * 1024 * 1024);
}
