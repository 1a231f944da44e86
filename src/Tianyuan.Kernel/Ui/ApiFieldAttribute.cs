namespace Tianyuan.Kernel.Ui;

/// <summary>
/// Names the API field a form property is sent as, where the two differ (the form asks for 亩, the API takes
/// <c>areaM2</c>), so <see cref="ServerErrors"/> can mark the right input when the server refuses that field.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class ApiFieldAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
