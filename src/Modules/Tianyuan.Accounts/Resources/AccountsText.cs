namespace Tianyuan.Accounts.Resources;

/// <summary>Marker for the module's strings: AccountsText.resx (zh-CN, default) and AccountsText.en.resx.</summary>
public sealed class AccountsText;
