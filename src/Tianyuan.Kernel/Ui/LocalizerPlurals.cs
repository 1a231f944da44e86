namespace Tianyuan.Kernel.Ui;

using Microsoft.Extensions.Localization;

/// <summary>
/// Counted text: English says "1 night" but "2 nights", Chinese has one form ("1晚", "2晚"). A string whose count can be
/// 1 has a second English entry named <c>Key_One</c>; the Chinese resources need none, and lookup falls back to
/// <c>Key</c> wherever no <c>_One</c> entry exists.
/// </summary>
public static class LocalizerPlurals
{
    /// <summary>The string for <paramref name="count"/> (which is also among <paramref name="args"/> where the text shows it).</summary>
    public static string Plural(this IStringLocalizer localizer, string key, double count, params object[] args) =>
        (count == 1 && localizer[key + "_One", args] is { ResourceNotFound: false } one ? one : localizer[key, args]).Value;
}
