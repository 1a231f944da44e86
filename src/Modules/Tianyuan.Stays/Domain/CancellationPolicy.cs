namespace Tianyuan.Stays.Domain;

using Tianyuan.Kernel;

/// <summary>
/// A cancellation policy as machine-readable cut-offs: cancelling at least <c>DaysBefore</c> days before check-in
/// refunds <c>RefundPercent</c> of the total; the first rule that applies wins. The guest sees the same rules before
/// booking that the refund is computed from.
/// </summary>
sealed record CancellationPolicy(string Name, IReadOnlyList<CancellationPolicy.CutOff> Rules)
{
    public sealed record CutOff(int DaysBefore, int RefundPercent);

    public static readonly CancellationPolicy Flexible = new("flexible", [new(1, 100), new(0, 0)]);
    public static readonly CancellationPolicy Moderate = new("moderate", [new(5, 100), new(1, 50), new(0, 0)]);
    public static readonly CancellationPolicy Strict = new("strict", [new(14, 100), new(7, 50), new(0, 0)]);

    public static readonly IReadOnlyList<CancellationPolicy> All = [Flexible, Moderate, Strict];

    public static CancellationPolicy? Find(string? name) => All.FirstOrDefault(p => p.Name == name);

    public static CancellationPolicy Named(string name) => Find(name) ?? Moderate;

    /// <summary>Refund when cancelling on <paramref name="today"/> (China date) a stay starting <paramref name="checkIn"/>.</summary>
    public (int Percent, Money Amount) RefundFor(Money total, DateOnly checkIn, DateOnly today)
    {
        var daysBefore = checkIn.DayNumber - today.DayNumber;
        var percent = Rules.FirstOrDefault(r => daysBefore >= r.DaysBefore)?.RefundPercent ?? 0;
        return (percent, (total * (percent / 100m)).RoundToFen());
    }
}
