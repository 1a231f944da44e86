namespace Tianyuan.Kernel.Ui;

/// <summary>Page number and size from a query string, clamped so a hand-edited URL cannot ask for 10 000 rows.</summary>
public readonly record struct Paging(int Page, int Size)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public static Paging From(int? page, int? size) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));

    public int Skip => (Page - 1) * Size;
}

/// <summary>One page of a list and the total count, for the UI and the JSON API alike.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
