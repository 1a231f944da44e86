namespace Tianyuan.Farm.Domain;

/// <summary>
/// A photo of a plot, from its camera or the farmer's phone, for the families who adopted there. Re-encoded by the
/// Kernel's PhotoImage (a display JPEG and a thumbnail, metadata such as GPS dropped). Only the newest
/// <see cref="MaxPerPlot"/> of a plot are kept: adopters watch the plot now, not its archive.
/// </summary>
sealed class CameraSnapshot
{
    public const int MaxPerPlot = 30;

    public Guid Id { get; init; }

    public Guid FarmId { get; init; }

    public Guid PlotId { get; init; }

    /// <summary>The camera that sent it; null when a person uploaded it.</summary>
    public Guid? DeviceId { get; init; }

    /// <summary>The person who uploaded it; null when a camera sent it.</summary>
    public Guid? UploadedBy { get; init; }

    public DateTimeOffset TakenAt { get; init; }

    public required byte[] Jpeg { get; init; }

    public required byte[] Thumbnail { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }
}
