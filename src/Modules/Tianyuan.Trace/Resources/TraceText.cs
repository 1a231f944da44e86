namespace Tianyuan.Trace.Resources;

/// <summary>Marker for the module's strings: TraceText.resx (zh-CN, default) and TraceText.en.resx.</summary>
public sealed class TraceText;
