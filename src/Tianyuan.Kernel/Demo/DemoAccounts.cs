namespace Tianyuan.Kernel.Demo;

using Tianyuan.Kernel.Access;

/// <summary>
/// The demo accounts (demo mode only; listed in the README). Regions seeds the people behind them with
/// their scoped roles; Accounts gives each a login with <see cref="Password"/>.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Tianyuan-demo-2026";

    public const string Domain = "demo.tianyuan.cn";

    public static readonly string Admin = $"admin@{Domain}";
    public static readonly string Operator = $"operator@{Domain}";
    public static readonly string Host = $"host@{Domain}";
    public static readonly string Farmer = $"farmer@{Domain}";
    public static readonly string Leader = $"leader@{Domain}";
    public static readonly string Courier = $"courier@{Domain}";
    public static readonly string Visitor = $"visitor@{Domain}";

    /// <summary>Email → the role the demo person holds.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        [Admin] = Roles.Admin,
        [Operator] = Roles.Operator,
        [Host] = Roles.Host,
        [Farmer] = Roles.Farmer,
        [Leader] = Roles.GroupLeader,
        [Courier] = Roles.Courier,
        [Visitor] = Roles.Visitor,
    };

    public static bool IsDemo(string? email) => email?.EndsWith("@" + Domain, StringComparison.OrdinalIgnoreCase) == true;
}
