namespace Tianyuan.Kernel.Ui;

using Microsoft.Extensions.Localization;

/// <summary>Text for codes that come from data (quantities, units, kinds), whose list can grow before the strings do.</summary>
public static class LocalizerNames
{
    /// <summary>The localized name of a code (prefix + code, e.g. "Q_" + "soil-moisture"), or the code itself when no string exists yet.</summary>
    public static string Named(this IStringLocalizer localizer, string prefix, string code) =>
        localizer[prefix + code] is { ResourceNotFound: false } name ? name.Value : code;
}
