namespace Tianyuan.Kernel.Ui;

using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

/// <summary>
/// Hands a server-side outcome's field errors (keyed by API field name: <c>dose</c>, <c>Latitude</c>) to the enclosing
/// EditForm, so Blazor's own inputs (InputText, InputNumber, InputDate…) mark the field <c>aria-invalid="true"</c>:
/// they drop any aria-invalid a page sets while their EditContext holds no message for them. Place it inside the
/// EditForm, before the inputs. A key names a property of the form's model by its name or its
/// <see cref="ApiFieldAttribute"/>; a row key (<c>grades[1].lot</c>) names a property of that item of a list property.
/// Keys that name nothing are left to the page's own markup (<see cref="Aria"/>). Renders nothing; the page shows the
/// messages (FieldError).
/// </summary>
public sealed partial class ServerErrors : ComponentBase
{
    [CascadingParameter] EditContext? EditContext { get; set; }

    [Parameter] public IDictionary<string, string[]>? Errors { get; set; }

    ValidationMessageStore? store;
    EditContext? storeContext;

    protected override void OnParametersSet()
    {
        if (EditContext is null)
            return;
        if (!ReferenceEquals(storeContext, EditContext))
            (store, storeContext) = (new ValidationMessageStore(EditContext), EditContext);
        store!.Clear();
        foreach (var (field, messages) in Errors ?? new Dictionary<string, string[]>())
        {
            if (Resolve(EditContext.Model, field) is { } input)
                store.Add(input, messages);
        }

        EditContext.NotifyValidationStateChanged();
    }

    static FieldIdentifier? Resolve(object model, string key)
    {
        if (PropertyFor(model, key) is { } property)
            return new FieldIdentifier(model, property.Name);
        if (RowKey().Match(key) is not { Success: true } row || PropertyFor(model, row.Groups["list"].Value)?.GetValue(model) is not System.Collections.IList items)
            return null;
        var index = int.Parse(row.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return index < items.Count && items[index] is { } item ? Resolve(item, row.Groups["rest"].Value) : null;
    }

    static PropertyInfo? PropertyFor(object model, string key) =>
        model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p =>
            string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)
            || p.GetCustomAttributes<ApiFieldAttribute>().Any(a => string.Equals(a.Name, key, StringComparison.OrdinalIgnoreCase)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<list>[A-Za-z_][A-Za-z0-9_]*)\[(?<index>\d{1,4})\]\.(?<rest>.+)$")]
    private static partial System.Text.RegularExpressions.Regex RowKey();
}
