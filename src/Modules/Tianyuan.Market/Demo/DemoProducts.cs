namespace Tianyuan.Market.Demo;

using Tianyuan.Market.Domain;

/// <summary>
/// What the demo county grows and makes: each line a product with its usual unit of sale, minimum and step, price,
/// storage and shelf life. Prices are 2026 farm-gate-plus retail prices in the region.
/// </summary>
static class DemoProducts
{
    public sealed record Template(string NameZh, string NameEn, string Category, string Storage, int ShelfLifeDays,
        string Unit, decimal Min, decimal Step, decimal Price, string? Standard, string DescriptionZh);

    public static readonly Template[] All =
    [
        new("阳山水蜜桃", "Yangshan honey peach", ProductCategory.Fruit, StorageKind.Chilled, 7, "斤", 3, 1, 12.8m, "NY/T 1192 鲜桃", "山坡向阳，树上熟透再摘，汁多味甜。"),
        new("高山猕猴桃", "Highland kiwifruit", ProductCategory.Fruit, StorageKind.Chilled, 30, "斤", 5, 1, 9.9m, "NY/T 1794 猕猴桃等级规格", "海拔八百米果园，软熟后食用。"),
        new("脐橙", "Navel orange", ProductCategory.Fruit, StorageKind.Ambient, 45, "kg", 2.5m, 0.5m, 11.6m, "GB/T 21488 脐橙", "皮薄易剥，酸甜适中。"),
        new("红心柚", "Red pomelo", ProductCategory.Fruit, StorageKind.Ambient, 60, "piece", 2, 1, 15m, null, "单果两斤以上，果肉粉红。"),
        new("冬枣", "Winter jujube", ProductCategory.Fruit, StorageKind.Chilled, 15, "斤", 2, 0.5m, 16.8m, null, "脆甜多汁，现摘现发。"),
        new("蓝莓", "Blueberry", ProductCategory.Fruit, StorageKind.Chilled, 10, "box", 1, 1, 39m, null, "125克×4盒装，果粉完整。"),
        new("草莓", "Strawberry", ProductCategory.Fruit, StorageKind.Chilled, 4, "斤", 2, 1, 25m, null, "大棚种植，清晨采摘。"),
        new("高山土豆", "Highland potato", ProductCategory.Vegetable, StorageKind.Ambient, 60, "kg", 2.5m, 2.5m, 5.2m, null, "沙土种植，粉糯好吃。"),
        new("紫皮洋葱", "Red onion", ProductCategory.Vegetable, StorageKind.Ambient, 90, "kg", 2, 1, 4.8m, null, "耐储存，辛辣适中。"),
        new("有机小白菜", "Organic pak choi", ProductCategory.Vegetable, StorageKind.Chilled, 4, "bunch", 2, 1, 4.5m, "有机产品认证 GB/T 19630", "不打农药，早上采摘下午送达。"),
        new("樱桃番茄", "Cherry tomato", ProductCategory.Vegetable, StorageKind.Chilled, 10, "斤", 2, 1, 9.8m, null, "自然成熟，酸甜爆汁。"),
        new("农家黄瓜", "Farm cucumber", ProductCategory.Vegetable, StorageKind.Chilled, 7, "斤", 2, 1, 4.2m, null, "顶花带刺，清脆爽口。"),
        new("鲜竹笋", "Fresh bamboo shoot", ProductCategory.Vegetable, StorageKind.Chilled, 5, "kg", 1, 0.5m, 14m, null, "山里现挖春笋，剥壳即食。"),
        new("生态香米", "Fragrant rice", ProductCategory.Grain, StorageKind.Ambient, 365, "kg", 5, 5, 8.6m, "GB/T 1354 大米 一级", "稻鸭共养，新米现碾。"),
        new("小米", "Foxtail millet", ProductCategory.Grain, StorageKind.Ambient, 365, "kg", 1, 1, 12m, null, "黄金苗小米，熬粥起油。"),
        new("石磨玉米面", "Stone-ground cornmeal", ProductCategory.Grain, StorageKind.Ambient, 180, "kg", 1, 1, 9m, null, "老石磨慢磨，保留胚芽。"),
        new("明前绿茶", "Pre-Qingming green tea", ProductCategory.Tea, StorageKind.Ambient, 540, "box", 1, 1, 168m, "GB/T 14456.1 绿茶", "一芽一叶手工炒制，250克礼盒。"),
        new("高山红茶", "Highland black tea", ProductCategory.Tea, StorageKind.Ambient, 730, "box", 1, 1, 128m, null, "蜜香浓郁，250克罐装。"),
        new("土鸡蛋", "Free-range eggs", ProductCategory.Eggs, StorageKind.Chilled, 30, "piece", 10, 10, 1.6m, null, "林下散养，每枚约50克。"),
        new("鸭蛋", "Duck eggs", ProductCategory.Eggs, StorageKind.Chilled, 30, "piece", 10, 10, 2.2m, null, "稻田放养麻鸭所产。"),
        new("散养土鸡", "Free-range chicken", ProductCategory.Meat, StorageKind.Frozen, 180, "piece", 1, 1, 128m, null, "养足一年，整只冷冻，约2.5斤。"),
        new("黑猪五花肉", "Black pork belly", ProductCategory.Meat, StorageKind.Frozen, 180, "kg", 1, 0.5m, 68m, null, "本地黑猪，粮食喂养。"),
        new("百花蜜", "Wildflower honey", ProductCategory.Honey, StorageKind.Ambient, 730, "box", 1, 1, 88m, "GB 14963 蜂蜜", "中华蜂老蜜，500克×2瓶。"),
        new("腊肉", "Cured pork", ProductCategory.Preserved, StorageKind.Ambient, 180, "kg", 0.5m, 0.5m, 98m, null, "柴火熏制四十天。"),
        new("笋干", "Dried bamboo shoots", ProductCategory.Preserved, StorageKind.Ambient, 365, "g", 500, 250, 0.12m, null, "日晒笋干，泡发后炖肉。"),
        new("剁辣椒", "Chopped chilli", ProductCategory.Preserved, StorageKind.Ambient, 270, "box", 1, 1, 32m, null, "红椒手工剁制，500克×2瓶。"),
        new("竹编果篮", "Woven bamboo basket", ProductCategory.Handicraft, StorageKind.Ambient, 3650, "piece", 1, 1, 58m, null, "老篾匠手编，每只略有不同。"),
    ];
}
