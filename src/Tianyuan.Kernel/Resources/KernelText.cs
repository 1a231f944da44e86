namespace Tianyuan.Kernel.Resources;

/// <summary>Marker for the shared UI strings (KernelText.resx is zh-CN, KernelText.en.resx English).</summary>
public sealed class KernelText;
