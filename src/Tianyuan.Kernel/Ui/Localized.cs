namespace Tianyuan.Kernel.Ui;

using System.Globalization;

/// <summary>Names stored in both languages (regions): the one for the reader's UI language.</summary>
public static class Localized
{
    public static string Pick(string zh, string en) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(en) ? en : zh;
}
