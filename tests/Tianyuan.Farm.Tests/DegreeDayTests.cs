namespace Tianyuan.Farm.Tests;

using System.Globalization;
using Tianyuan.Farm.Contracts;
using Tianyuan.Farm.Agronomy;

/// <summary>
/// Degree-days against a year of UC IPM's own output (Esparto.A station 2020, 50/70 °F, all 12 method × cutoff
/// columns), read from ../shared/benchmarks/agri/degree-days (MIT, see SOURCES.md there).
/// </summary>
public class DegreeDayTests
{
    static readonly string Folder = Path.Combine(RepoRoot(), "..", "shared", "benchmarks", "agri", "degree-days");

    public static TheoryData<string, DegreeDayMethod, DegreeDayCutoff> Columns() => new()
    {
        { "sngsine_horiz", DegreeDayMethod.SingleSine, DegreeDayCutoff.Horizontal },
        { "sngsine_vert", DegreeDayMethod.SingleSine, DegreeDayCutoff.Vertical },
        { "sngsine_intrmd", DegreeDayMethod.SingleSine, DegreeDayCutoff.Intermediate },
        { "dblsine_horiz", DegreeDayMethod.DoubleSine, DegreeDayCutoff.Horizontal },
        { "dblsine_vert", DegreeDayMethod.DoubleSine, DegreeDayCutoff.Vertical },
        { "dblsine_intrmd", DegreeDayMethod.DoubleSine, DegreeDayCutoff.Intermediate },
        { "sngtri_horiz", DegreeDayMethod.SingleTriangle, DegreeDayCutoff.Horizontal },
        { "sngtri_vert", DegreeDayMethod.SingleTriangle, DegreeDayCutoff.Vertical },
        { "sngtri_intrmd", DegreeDayMethod.SingleTriangle, DegreeDayCutoff.Intermediate },
        { "dbltri_horiz", DegreeDayMethod.DoubleTriangle, DegreeDayCutoff.Horizontal },
        { "dbltri_vert", DegreeDayMethod.DoubleTriangle, DegreeDayCutoff.Vertical },
        { "dbltri_intrmd", DegreeDayMethod.DoubleTriangle, DegreeDayCutoff.Intermediate },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void Every_day_of_2020_matches_UC_IPM_to_a_hundredth(string column, DegreeDayMethod method, DegreeDayCutoff cutoff)
    {
        var (days, published) = Reference(column);
        var computed = DegreeDays.Daily(days, 50, 70, method, cutoff);
        Assert.Equal(366, computed.Count);
        var misses = Enumerable.Range(0, days.Count).Where(i => Math.Abs(computed[i] - published[i]) > 0.01 + 1e-9)
            .Select(i => $"{days[i].Date:MM-dd} {days[i].Min}/{days[i].Max}: {computed[i]:0.000} vs {published[i]}").Take(5).ToList();
        Assert.True(misses.Count == 0, string.Join("; ", misses));
    }

    [Theory]
    [InlineData("sngsine_horiz", DegreeDayMethod.SingleSine, DegreeDayCutoff.Horizontal, 4011.14)]
    [InlineData("sngtri_horiz", DegreeDayMethod.SingleTriangle, DegreeDayCutoff.Horizontal, 4093.86)]
    [InlineData("dblsine_intrmd", DegreeDayMethod.DoubleSine, DegreeDayCutoff.Intermediate, 2540.92)]
    public void The_year_total_matches_the_reference_total(string column, DegreeDayMethod method, DegreeDayCutoff cutoff, double total)
    {
        var (days, published) = Reference(column);
        Assert.Equal(total, published.Sum(), 2);
        Assert.Equal(total, DegreeDays.Daily(days, 50, 70, method, cutoff).Sum(v => Math.Round(v, 2, MidpointRounding.AwayFromZero)), 1);
    }

    [Fact]
    public void A_second_threshold_pair_navel_orangeworm_55_to_93_9()
    {
        var days = new[] { new DayTemperatures(new DateOnly(2020, 1, 2), 36, 67), new DayTemperatures(new DateOnly(2020, 1, 3), 33, 59), new DayTemperatures(new DateOnly(2020, 1, 4), 37, 59) };
        Assert.Equal(3.31, DegreeDays.Daily(days, 55, 93.9, DegreeDayMethod.SingleSine, DegreeDayCutoff.Horizontal)[0], 2);
        Assert.Equal(2.32, DegreeDays.Daily(days, 55, 93.9, DegreeDayMethod.SingleTriangle, DegreeDayCutoff.Horizontal)[0], 2);
        Assert.Equal(3.23, DegreeDays.Daily(days, 55, 93.9, DegreeDayMethod.DoubleSine, DegreeDayCutoff.Horizontal)[0], 2);
        Assert.Equal(0.71, DegreeDays.Daily(days, 55, 93.9, DegreeDayMethod.DoubleSine, DegreeDayCutoff.Horizontal)[1], 2);
    }

    static (List<DayTemperatures> Days, List<double> Published) Reference(string column)
    {
        var file = Path.Combine(Folder, "ucipm_low50_high70_all.csv");
        Assert.True(File.Exists(file), $"The shared benchmark data must sit beside the repository: {file} is missing.");
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',');
        var index = Array.IndexOf(header, column);
        var days = new List<DayTemperatures>();
        var published = new List<double>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            var date = DateOnly.ParseExact(f[0], "M/d/yyyy", CultureInfo.InvariantCulture);
            days.Add(new DayTemperatures(date, double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture)));
            published.Add(double.Parse(f[index], CultureInfo.InvariantCulture));
        }

        return (days, published);
    }

    static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tianyuan.slnx")))
            dir = dir.Parent;
        return dir!.FullName;
    }
}
