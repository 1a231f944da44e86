namespace Tianyuan.Farm.Alerts;

using Microsoft.EntityFrameworkCore;
using Tianyuan.Farm.Data;
using Tianyuan.Farm.Domain;

/// <summary>A degree-day rule as the sweep and the API use it: a farm's own, or a built-in one shown in the caller's language.</summary>
sealed record EffectiveRule(Guid Id, bool BuiltIn, string Pest, string PestName, string Stage, string Advice, double LowerC, double UpperC,
    double ThresholdDd, DateOnly? BiofixOn)
{
    /// <summary>Whether a diary biofix names this rule's pest: by the rule's words, or a built-in's key or either of its names.</summary>
    public bool Matches(string? pest, IEnumerable<string> aliases) =>
        pest is not null && aliases.Append(Pest).Any(a => string.Equals(a, pest.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The rules every farm gets, from the published models in <see cref="PestModel"/>: codling moth first egg hatch
/// (250 °F·day after biofix) and peach twig borer spring spray timing (400 °F·day), both 50/88 °F single sine with a
/// horizontal cutoff. They are stored in °C here (thresholds 10 / 31.1 °C, 138.9 and 222.2 °C·day): the same
/// biology, since °F·days are 1.8 × °C·days. They only fire once the farmer records a biofix for the pest.
/// </summary>
static class PestRules
{
    sealed record BuiltIn(Guid Id, PestModel Model, string EventKey, string AdviceKey);

    static readonly BuiltIn[] BuiltIns =
    [
        new(new Guid("7a1f0c9e-0b6e-4c52-9d43-0c0d1e1f0001"), PestModel.CodlingMoth, "first-egg-hatch", "PestAdviceSprayIn3Days"),
        new(new Guid("7a1f0c9e-0b6e-4c52-9d43-0c0d1e1f0002"), PestModel.PeachTwigBorer, "spring-spray", "PestAdviceSprayIn3Days"),
    ];

    static double ToC(double f) => (f - 32) / 1.8;

    /// <summary>The names a biofix may give a rule's pest (the built-in models' key and names; a farm's rule only its own words).</summary>
    public static IEnumerable<string> Aliases(EffectiveRule rule) =>
        BuiltIns.Where(b => b.Id == rule.Id).SelectMany(b => new[] { b.Model.Key, b.Model.NameZh, b.Model.NameEn });

    /// <summary>The built-in rules and each farm's own, in <paramref name="english"/> or Chinese for the built-in texts.</summary>
    public static async Task<ILookup<Guid, EffectiveRule>> ForFarmsAsync(FarmDb db, IReadOnlyCollection<Guid> farmIds, Func<string, string> text, bool english,
        CancellationToken ct)
    {
        var own = await db.PestRules.AsNoTracking().Where(r => farmIds.Contains(r.FarmId)).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var builtIn = BuiltIns.Select(b =>
        {
            var e = b.Model.Events.Single(e => e.Key == b.EventKey);
            return new EffectiveRule(b.Id, true, b.Model.Key, english ? b.Model.NameEn : b.Model.NameZh, english ? e.NameEn : e.NameZh, text(b.AdviceKey),
                ToC(b.Model.LowerF), Math.Round(ToC(b.Model.UpperF), 1), Math.Round(e.DegreeDaysF / 1.8, 1), null);
        }).ToList();
        return farmIds.SelectMany(f => builtIn.Select(r => (f, r)).Concat(own.Where(o => o.FarmId == f).Select(o => (f, Of(o)))))
            .ToLookup(x => x.f, x => x.Item2);
    }

    static EffectiveRule Of(PestRule r) => new(r.Id, false, r.Pest, r.Pest, r.Stage, r.Advice, r.LowerC, r.UpperC, r.ThresholdDd, r.BiofixOn);
}
