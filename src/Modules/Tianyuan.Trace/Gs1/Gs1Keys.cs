namespace Tianyuan.Trace.Gs1;

/// <summary>Checks a key and its qualifiers against the AI rules, shared by every syntax that reads them.</summary>
static class Gs1Keys
{
    /// <summary>
    /// Validates and normalises (a GTIN of 8, 12 or 13 digits becomes GTIN-14); the qualifiers must be ones the key
    /// allows, in the order Digital Link prescribes (e.g. /10 before /21), each at most once.
    /// </summary>
    public static Parsed<Gs1Key> Validate(string ai, string value, IReadOnlyList<Gs1Element> qualifiers)
    {
        if (!ApplicationIdentifiers.Keys.TryGetValue(ai, out var rule))
        {
            return Parsed<Gs1Key>.Fail($"AI {ai} is not a GS1 key this system reads");
        }

        if (ai == "01")
        {
            var gtin = Gtin.Parse(value);
            if (!gtin.Ok)
            {
                return gtin.As<Gs1Key>();
            }

            value = gtin.Value.Value;
        }
        else if (ApplicationIdentifiers.KeyProblem(ai, value) is { } problem)
        {
            return Parsed<Gs1Key>.Fail(problem);
        }

        var order = rule.QualifierPaths.FirstOrDefault(p => qualifiers.Count > 0 && p.Contains(qualifiers[0].Ai)) ?? [];
        var last = -1;
        foreach (var q in qualifiers)
        {
            var at = Array.IndexOf(order, q.Ai);
            if (at < 0)
            {
                return Parsed<Gs1Key>.Fail($"AI {q.Ai} cannot qualify a {rule.Name} (AI {ai})");
            }

            if (at <= last)
            {
                return Parsed<Gs1Key>.Fail($"AI {q.Ai} is out of order or repeated (the order is {string.Join(", ", order)})");
            }

            if (ApplicationIdentifiers.QualifierProblem(q.Ai, q.Value) is { } problem)
            {
                return Parsed<Gs1Key>.Fail(problem);
            }

            last = at;
        }

        return Parsed<Gs1Key>.Success(new Gs1Key(ai, value, qualifiers));
    }
}
