namespace Tianyuan.Kernel.Ui;

/// <summary>Page number and size from a query string, clamped so a hand-edited URL cannot ask for 10 000 rows.</summary>
public readonly record struct Paging(int Page, int Size)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>No list has a million pages; the cap keeps Skip far from overflowing into a negative OFFSET.</summary>
    public const int MaxPage = 1_000_000;

    public static Paging From(int? page, int? size) =>
        new(Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(size ?? DefaultSize, 1, MaxSize));

    /// <summary>A page number typed into a URL: anything that is not a number means the first page.</summary>
    public static int? ParsePage(string? text) => int.TryParse(text, out var page) ? page : null;

    /// <summary>A yes/no flag in a URL (?created=true or ?created=1); anything else is no.</summary>
    public static bool IsSet(string? flag) => flag is "true" or "1" or "True";

    public int Skip => (Page - 1) * Size;
}

/// <summary>One page of a list and the total count, for the UI and the JSON API alike.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
