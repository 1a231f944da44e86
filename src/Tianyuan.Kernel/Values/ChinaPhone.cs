namespace Tianyuan.Kernel;

/// <summary>Mainland mobile numbers (11 digits starting 13–19), the number every farmer and courier has.</summary>
public static class ChinaPhone
{
    public static bool IsValid(string? phone) =>
        phone is { Length: 11 } p && p[0] == '1' && p[1] is >= '3' and <= '9' && p.All(char.IsAsciiDigit);

    /// <summary>The form shown to other people: 138****5678.</summary>
    public static string? Mask(string? phone) => IsValid(phone) ? $"{phone![..3]}****{phone[7..]}" : phone;
}
