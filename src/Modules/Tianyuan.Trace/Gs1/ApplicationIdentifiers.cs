namespace Tianyuan.Trace.Gs1;

/// <summary>
/// The few Application Identifiers a Digital Link carries as keys and qualifiers, with their formats (GS1 General
/// Specifications §3.2; Digital Link 1.2 Table 6-1). A hand-written table rather than a parser of the full syntax
/// dictionary: traceability here needs about fifteen AIs, and each rule below is tested.
/// </summary>
static class ApplicationIdentifiers
{
    /// <summary>What a primary key AI looks like and which qualifiers may follow it, in the order they must appear.</summary>
    internal sealed record KeyRule(string Name, int DigitsWithCheck, int MaxTail, params string[][] QualifierPaths);

    /// <summary>Primary keys. DigitsWithCheck: leading digits that end in a mod-10 check digit (0 = none); MaxTail: free CSET 82 text after them.</summary>
    public static readonly IReadOnlyDictionary<string, KeyRule> Keys = new Dictionary<string, KeyRule>
    {
        ["00"] = new("SSCC", 18, 0),
        ["01"] = new("GTIN", 14, 0, ["22", "10", "21"], ["235"]),
        ["253"] = new("GDTI", 13, 17),
        ["255"] = new("GCN", 13, 12),
        ["401"] = new("GINC", 0, 30),
        ["402"] = new("GSIN", 17, 0),
        ["414"] = new("GLN", 13, 0, ["254"], ["7040"]),
        ["417"] = new("PGLN", 13, 0),
        ["8003"] = new("GRAI", 14, 16),
        ["8004"] = new("GIAI", 0, 30),
        ["8006"] = new("ITIP", 18, 0, ["22", "10", "21"]),
        ["8010"] = new("CPID", 0, 30, ["8011"]),
        ["8017"] = new("GSRN-P", 18, 0),
        ["8018"] = new("GSRN", 18, 0),
    };

    /// <summary>Qualifier AIs and their longest value (all are CSET 82 text except 8011, digits).</summary>
    public static readonly IReadOnlyDictionary<string, int> QualifierMaxLength = new Dictionary<string, int>
    {
        ["22"] = 20, ["10"] = 20, ["21"] = 20, ["235"] = 28, ["254"] = 20, ["7040"] = 4, ["8011"] = 12,
    };

    public static readonly IReadOnlyDictionary<string, string> QualifierNames = new Dictionary<string, string>
    {
        ["22"] = "consumer product variant", ["10"] = "lot", ["21"] = "serial", ["235"] = "third-party serial",
        ["254"] = "GLN extension", ["7040"] = "UIC with extension", ["8011"] = "CPID serial",
    };

    /// <summary>Null when <paramref name="value"/> is valid for key <paramref name="ai"/>; else what is wrong.</summary>
    public static string? KeyProblem(string ai, string value)
    {
        var rule = Keys[ai];
        if (value.Length < rule.DigitsWithCheck || value.Length > rule.DigitsWithCheck + rule.MaxTail || value.Length == 0)
        {
            return rule.MaxTail == 0
                ? $"a {rule.Name} has {rule.DigitsWithCheck} digits, this has {value.Length}"
                : $"a {rule.Name} has {rule.DigitsWithCheck} to {rule.DigitsWithCheck + rule.MaxTail} characters, this has {value.Length}";
        }

        if (rule.DigitsWithCheck > 0 && CheckDigit.Problem(value[..rule.DigitsWithCheck], rule.Name) is { } digits)
        {
            return digits;
        }

        return CharacterSet82.Problem(value[rule.DigitsWithCheck..], rule.Name);
    }

    /// <summary>Null when <paramref name="value"/> is a valid value of qualifier <paramref name="ai"/>; else what is wrong.</summary>
    public static string? QualifierProblem(string ai, string value)
    {
        var name = QualifierNames[ai];
        if (value.Length == 0 || value.Length > QualifierMaxLength[ai])
        {
            return $"a {name} has 1 to {QualifierMaxLength[ai]} characters, this has {value.Length}";
        }

        return ai == "8011" && !CheckDigit.AllDigits(value) ? $"a {name} has digits only" : CharacterSet82.Problem(value, name);
    }
}
