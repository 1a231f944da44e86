namespace Tianyuan.Farm.Domain;

/// <summary>
/// A farm's own degree-day rule: when the degree-days (°C·day, single sine with a horizontal cutoff between
/// <see cref="LowerC"/> and <see cref="UpperC"/>) counted from the biofix reach <see cref="ThresholdDd"/>, the farm is
/// warned ("苹果蠹蛾 … 卵孵化期，建议 3 天内喷药"). The biofix is <see cref="BiofixOn"/> when set, otherwise the latest
/// biofix the farmer wrote in the diary for <see cref="Pest"/>. Built-in rules (Alerts/PestRules.cs) apply to every farm.
/// </summary>
sealed class PestRule
{
    public Guid Id { get; init; }

    public Guid FarmId { get; init; }

    /// <summary>The pest as the diary names it in biofix entries (苹果蠹蛾, or a built-in model key such as codling-moth).</summary>
    public required string Pest { get; init; }

    /// <summary>What the threshold means: 卵孵化期, 春季施药适期.</summary>
    public required string Stage { get; init; }

    /// <summary>What to do: 建议 3 天内喷药.</summary>
    public required string Advice { get; init; }

    public double LowerC { get; init; }

    public double UpperC { get; init; }

    public double ThresholdDd { get; init; }

    public DateOnly? BiofixOn { get; init; }

    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
