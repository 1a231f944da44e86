namespace Tianyuan.Farm.Agronomy;

/// <summary>
/// A crop as FAO-56 describes it: the Kc curve (stage lengths from Table 11, Kc ini/mid/end from Table 12), the
/// maximum effective rooting depth and the depletion fraction p (Table 22). Perennials keep their full root depth all
/// year; annuals grow their roots through the season.
/// </summary>
sealed record Crop(string Key, string NameZh, string NameEn, CropCurve Curve, double MaxRootDepthM, double DepletionFraction, bool Perennial);

/// <summary>
/// The small built-in crop table. Where FAO-56 gives a range (root depth, Kc end) the lower, more cautious value is
/// used: a shallower root zone irrigates a little earlier rather than too late. Stage lengths are the Table 11 rows
/// nearest to southern China's seasons; a farmer's own planting date shifts the whole curve. Every value was checked
/// against the FAO-56 tables (2026-11-26).
/// </summary>
static class Crops
{
    public static readonly IReadOnlyList<Crop> All =
    [
        // Table 11 maize (grain) 30/40/50/30; Table 12 Kc 0.30/1.20/0.35 (dry harvest); Table 22 Zr 1.0–1.7 m, p 0.55.
        new("maize", "玉米", "Maize", new CropCurve(30, 40, 50, 30, 0.30, 1.20, 0.35), 1.0, 0.55, false),
        // Table 11 rice 30/30/60/30; Table 12 Kc 1.05/1.20/0.90; Table 22 Zr 0.5–1.0 m, p 0.20.
        new("rice", "水稻", "Rice", new CropCurve(30, 30, 60, 30, 1.05, 1.20, 0.90), 0.5, 0.20, false),
        // Table 11 tomato 30/40/40/25; Table 12 Kc 0.60/1.15/0.70; Table 22 Zr 0.7–1.5 m, p 0.40.
        new("tomato", "番茄", "Tomato", new CropCurve(30, 40, 40, 25, 0.60, 1.15, 0.70), 0.7, 0.40, false),
        // Table 11 potato 25/30/45/30; Table 12 Kc 0.50/1.15/0.75; Table 22 Zr 0.4–0.6 m, p 0.35.
        new("potato", "马铃薯", "Potato", new CropCurve(25, 30, 45, 30, 0.50, 1.15, 0.75), 0.4, 0.35, false),
        // Table 11 cabbage 40/60/50/15; Table 12 Kc 0.70/1.05/0.95; Table 22 Zr 0.5–0.8 m, p 0.45.
        new("cabbage", "甘蓝", "Cabbage", new CropCurve(40, 60, 50, 15, 0.70, 1.05, 0.95), 0.5, 0.45, false),
        // Tea is evergreen: Table 12 (non-shaded) Kc 0.95/1.00/1.00, so the stage split of the year (from the spring
        // flush) barely matters; Table 22 Zr 0.9–1.5 m, p 0.40.
        new("tea", "茶", "Tea", new CropCurve(60, 90, 150, 65, 0.95, 1.00, 1.00), 0.9, 0.40, true),
        // Table 11 has no stone-fruit row: its "deciduous orchard, low latitudes" row 20/70/120/60 from bud break; Table 12 stone fruit (no ground cover, killing
        // frost) Kc 0.45/0.90/0.65; Table 22 Zr 1.0–2.0 m, p 0.50.
        new("peach", "桃（核果类果园）", "Peach (stone-fruit orchard)", new CropCurve(20, 70, 120, 60, 0.45, 0.90, 0.65), 1.0, 0.50, true),
        // Table 11 "deciduous orchard, high latitudes" 20/70/90/30 from bud break; Table 12 apples (no ground cover, killing frost) Kc 0.45/0.95/0.70;
        // Table 22 Zr 1.0–2.0 m, p 0.50. Apples are the codling moth's host.
        new("apple", "苹果", "Apple", new CropCurve(20, 70, 90, 30, 0.45, 0.95, 0.70), 1.0, 0.50, true),
        // Table 11 has no kiwi row: "deciduous orchard, low latitudes" 20/70/120/60 from bud break; Table 12 Kc 0.40/1.05/1.05; Table 22 Zr 0.7–1.3 m, p 0.35.
        new("kiwifruit", "猕猴桃", "Kiwifruit", new CropCurve(20, 70, 120, 60, 0.40, 1.05, 1.05), 0.7, 0.35, true),
    ];

    public static Crop? Find(string? key) => All.FirstOrDefault(c => c.Key == key);
}
