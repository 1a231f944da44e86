namespace Tianyuan.Farm.Features.Agronomy;

/// <summary>
/// POST /api/farm/agronomy/pest-stage: where a pest stands after its biofix (codling-moth, peach-twig-borer), from
/// daily minima and maxima in °C or °F. Public calculator; the farm pages will feed it the station's own weather.
/// </summary>
static class CalculatePestStage
{
    public sealed record Request(string? Model, DateOnly? Biofix, string? Unit, IReadOnlyList<CalculateDegreeDays.Day>? Days);

    public sealed record Stage(string Key, string Name, double DegreeDaysF, DateOnly? ReachedOn);

    public sealed record Response(string Model, string Name, DateOnly Biofix, double DegreeDaysF, double DegreeDaysC, IReadOnlyList<Stage> Stages, string Source);

    public static void Map(IEndpointRouteBuilder agronomy) =>
        agronomy.MapPost("/pest-stage", Handle)
            .AllowAnonymous()
            .WithName(nameof(CalculatePestStage))
            .WithSummary("Degree-days since the biofix and the date each stage of a pest model was reached.")
            .Produces<Response>()
            .ProducesValidationProblem();

    static IResult Handle(Request r)
    {
        var errors = new Dictionary<string, string[]>();
        var model = PestModel.All.FirstOrDefault(m => m.Key == r.Model);
        if (model is null)
            errors["model"] = [$"model is one of: {string.Join(", ", PestModel.All.Select(m => m.Key))}."];
        if (r.Biofix is null)
            errors["biofix"] = ["biofix (the first sustained trap catch) is required."];
        if (r.Unit is not (null or "C" or "F"))
            errors["unit"] = ["unit is C or F (default C)."];
        if (r.Days is not { Count: > 0 } || r.Days.Count > CalculateDegreeDays.MaxDays || r.Days.Any(d => d.Min is null || d.Max is null || d.Min > d.Max
            || !CalculateDegreeDays.Plausible(d.Min) || !CalculateDegreeDays.Plausible(d.Max)))
            errors["days"] = [$"1 to {CalculateDegreeDays.MaxDays} days, each with min not above max."];
        if (errors.Count > 0)
            return Problems.Invalid(errors);

        var days = r.Days!.OrderBy(d => d.Date).Select(d => new DayTemperatures(d.Date, d.Min!.Value, d.Max!.Value)).ToList();
        var stage = PestModels.Evaluate(model!, r.Biofix!.Value, days, celsius: r.Unit != "F");
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return TypedResults.Ok(new Response(model!.Key, culture == "en" ? model.NameEn : model.NameZh, r.Biofix.Value,
            Math.Round(stage.DegreeDaysF, 1), Math.Round(stage.DegreeDaysF / 1.8, 1),
            [.. stage.Events.Select(e => new Stage(e.Event.Key, culture == "en" ? e.Event.NameEn : e.Event.NameZh, e.Event.DegreeDaysF, e.ReachedOn))],
            model.Source));
    }
}
