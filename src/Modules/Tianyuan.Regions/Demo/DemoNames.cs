namespace Tianyuan.Regions.Demo;

/// <summary>
/// Characters that make plausible place and person names, with their pinyin so English names come out right.
/// Chosen from common rural place-name elements (溪, 岭, 坪, 坑, 塘...), not from any real county's list.
/// </summary>
static class DemoNames
{
    public static readonly (string Zh, string Py)[] PlaceFirst =
    [
        ("青", "Qing"), ("云", "Yun"), ("石", "Shi"), ("梅", "Mei"), ("竹", "Zhu"), ("桃", "Tao"), ("松", "Song"),
        ("枫", "Feng"), ("茶", "Cha"), ("兰", "Lan"), ("白", "Bai"), ("黄", "Huang"), ("龙", "Long"), ("凤", "Feng"),
        ("金", "Jin"), ("银", "Yin"), ("东", "Dong"), ("西", "Xi"), ("南", "Nan"), ("北", "Bei"), ("上", "Shang"),
        ("下", "Xia"), ("大", "Da"), ("小", "Xiao"), ("高", "Gao"), ("新", "Xin"), ("古", "Gu"), ("山", "Shan"),
        ("杨", "Yang"), ("柳", "Liu"), ("荷", "He"), ("泉", "Quan"),
    ];

    public static readonly (string Zh, string Py)[] PlaceSecond =
    [
        ("溪", "xi"), ("岭", "ling"), ("坪", "ping"), ("坑", "keng"), ("塘", "tang"), ("源", "yuan"), ("口", "kou"),
        ("湾", "wan"), ("田", "tian"), ("垟", "yang"), ("岙", "ao"), ("山", "shan"), ("坞", "wu"), ("桥", "qiao"),
        ("阳", "yang"), ("头", "tou"), ("潭", "tan"), ("岗", "gang"), ("畈", "fan"), ("林", "lin"),
    ];

    public static readonly (string Zh, string Py)[] Surnames =
    [
        ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("吴", "Wu"),
        ("周", "Zhou"), ("徐", "Xu"), ("叶", "Ye"), ("潘", "Pan"), ("蓝", "Lan"), ("雷", "Lei"), ("何", "He"),
        ("朱", "Zhu"), ("郑", "Zheng"), ("毛", "Mao"), ("季", "Ji"),
    ];

    public static readonly string[] GivenNames =
    [
        "建国", "秀英", "志强", "桂芳", "海燕", "伟", "丽娟", "春生", "玉兰", "国华", "晓梅", "永福", "金花", "明", "小红",
        "德胜", "淑芬", "卫东", "雪梅", "长青", "红霞", "勇", "美玲", "家宝", "彩云", "文斌", "静", "新民", "翠花", "海军",
    ];

    public static readonly string[] Crops = ["茶叶", "香菇", "杨梅", "高山蔬菜", "稻米", "笋", "蜂蜜", "猕猴桃", "黄精", "柑橘"];
}
