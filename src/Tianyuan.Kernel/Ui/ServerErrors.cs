namespace Tianyuan.Kernel.Ui;

using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

/// <summary>
/// Hands a server-side outcome's field errors (keyed by API field name: <c>dose</c>, <c>Latitude</c>) to the enclosing
/// EditForm, so Blazor's own inputs (InputText, InputNumber, InputDate…) mark the field <c>aria-invalid="true"</c>:
/// they drop any aria-invalid a page sets while their EditContext holds no message for them. Place it inside the
/// EditForm, before the inputs. Keys that name no property of the form's model (row fields like <c>grades[1].lot</c>)
/// are left to the page's own markup (<see cref="Aria"/>). Renders nothing; the page shows the messages (FieldError).
/// </summary>
public sealed class ServerErrors : ComponentBase
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
        var model = EditContext.Model;
        foreach (var (field, messages) in Errors ?? new Dictionary<string, string[]>())
        {
            if (model.GetType().GetProperty(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property)
                store.Add(new FieldIdentifier(model, property.Name), messages);
        }

        EditContext.NotifyValidationStateChanged();
    }
}
