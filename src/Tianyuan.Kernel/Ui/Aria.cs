namespace Tianyuan.Kernel.Ui;

/// <summary>
/// aria-invalid as "true" or no attribute at all. Blazor writes a true bool attribute bare (<c>aria-invalid=""</c>), which
/// screen readers take for "false" and the red-border style (<c>[aria-invalid=true]</c>) does not match.
/// </summary>
public static class Aria
{
    public static string? Invalid(bool invalid) => invalid ? "true" : null;

    /// <summary>"true" when the form's errors name the field.</summary>
    public static string? Invalid(IDictionary<string, string[]>? errors, string field) => Invalid(errors?.ContainsKey(field) == true);
}
