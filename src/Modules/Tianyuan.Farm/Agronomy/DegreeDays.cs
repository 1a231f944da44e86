namespace Tianyuan.Farm.Agronomy;

using Tianyuan.Farm.Contracts;

/// <summary>One day's minimum and maximum, in whatever unit the thresholds use (°C or °F).</summary>
readonly record struct DayTemperatures(DateOnly Date, double Min, double Max);

/// <summary>
/// Degree-days as UC IPM computes them. The day's curve above a threshold T is integrated exactly (sine:
/// Baskerville &amp; Emin 1969; triangle: its area); the cutoffs then subtract what lies above the upper threshold.
/// Double methods draw the day's second half from today's maximum to tomorrow's minimum.
/// </summary>
static class DegreeDays
{
    public static IReadOnlyList<double> Daily(IReadOnlyList<DayTemperatures> days, double lower, double upper, DegreeDayMethod method, DegreeDayCutoff cutoff)
    {
        var result = new double[days.Count];
        for (var i = 0; i < days.Count; i++)
        {
            var today = days[i];
            var single = method is DegreeDayMethod.SingleSine or DegreeDayMethod.SingleTriangle;
            var sine = method is DegreeDayMethod.SingleSine or DegreeDayMethod.DoubleSine;
            // The last day has no next minimum; UC IPM then uses the single method, and so do we.
            result[i] = single || i == days.Count - 1
                ? Day(today.Min, today.Max, lower, upper, sine, cutoff)
                : (Day(today.Min, today.Max, lower, upper, sine, cutoff) + Day(days[i + 1].Min, today.Max, lower, upper, sine, cutoff)) / 2;
        }

        return result;
    }

    /// <summary>Degree-days of one (half-)day curve between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static double Day(double min, double max, double lower, double upper, bool sine, DegreeDayCutoff cutoff)
    {
        (min, max) = (Math.Min(min, max), Math.Max(min, max));
        var aboveLower = Above(lower, min, max, sine);
        var aboveUpper = Above(upper, min, max, sine);
        var horizontal = aboveLower - aboveUpper;
        var vertical = horizontal - ((upper - lower) * FractionAbove(upper, min, max, sine));
        return cutoff switch
        {
            DegreeDayCutoff.Horizontal => horizontal,
            DegreeDayCutoff.Vertical => vertical,
            // Matches every UC IPM value of the reference year; see benchmarks/agri/fao56_examples.md §9.
            _ => Math.Max(vertical, horizontal - aboveUpper),
        };
    }

    /// <summary>S(T): the area of the day's curve above threshold T, with no upper cap.</summary>
    static double Above(double threshold, double min, double max, bool sine)
    {
        if (max <= threshold)
            return 0;
        var mean = (max + min) / 2;
        if (min >= threshold)
            return mean - threshold;
        if (!sine)
            return Math.Pow(max - threshold, 2) / (2 * (max - min));
        var amplitude = (max - min) / 2;
        var theta = Math.Asin((threshold - mean) / amplitude);
        return (((mean - threshold) * ((Math.PI / 2) - theta)) + (amplitude * Math.Cos(theta))) / Math.PI;
    }

    /// <summary>The fraction of the day the curve spends above threshold T.</summary>
    static double FractionAbove(double threshold, double min, double max, bool sine)
    {
        if (max <= threshold)
            return 0;
        if (min >= threshold)
            return 1;
        if (!sine)
            return (max - threshold) / (max - min);
        var mean = (max + min) / 2;
        var theta = Math.Asin((threshold - mean) / ((max - min) / 2));
        return ((Math.PI / 2) - theta) / Math.PI;
    }
}
