namespace Tianyuan.Farm.Contracts;

/// <summary>How the day's temperature curve is drawn between its minimum and maximum (Zalom et al. 1983, UC IPM).</summary>
public enum DegreeDayMethod
{
    SingleSine,
    DoubleSine,
    SingleTriangle,
    DoubleTriangle,
}

/// <summary>What happens above the upper threshold: counted as the threshold (horizontal), not counted (vertical), or in between.</summary>
public enum DegreeDayCutoff
{
    Horizontal,
    Vertical,
    Intermediate,
}
