namespace Tianyuan.Web.Resources;

/// <summary>Marker for the host's strings: WebText.resx (zh-CN, default) and WebText.en.resx.</summary>
public sealed class WebText;
