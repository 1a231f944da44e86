namespace Tianyuan.Market.Demo;

/// <summary>City communities of the county seat where the demo's pickup points are, and their leaders' names.</summary>
static class DemoCommunities
{
    public static readonly string[] Names =
    [
        "丽阳小区", "水阁花园", "南明新村", "滨江一号", "翠湖苑", "锦绣华庭", "书香门第", "东方明珠苑", "桂花园", "阳光城",
        "学府佳苑", "金色家园", "碧水湾", "龙山花园", "幸福里", "青溪名都", "紫荆苑", "文昌小区", "和平新村", "枫林湾",
    ];

    public static readonly string[] LeaderNames =
    [
        "王姐", "李阿姨", "张嫂", "刘大姐", "陈姐", "杨阿姨", "赵姐", "黄嫂", "周大姐", "吴姐",
    ];
}
