using Modular.Plugins.BannerSixOnes.Contest;

namespace Modular.Plugins.BannerSixOnes.Demo;

/// <summary>The banner office's question bank for the demo contest: the document's three categories, single, multiple and judge questions.</summary>
internal static class DemoQuestions
{
    private static QuestionInput Single(string category, string text, string answer, params string[] options) => new("单选", text, options, answer, 2, category);
    private static QuestionInput Multiple(string category, string text, string answer, params string[] options) => new("多选", text, options, answer, 4, category);
    private static QuestionInput Judge(string category, string text, string answer) => new("判断", text, null, answer, 1, category);

    public static readonly IReadOnlyList<QuestionInput> All =
    [
        Single("党的历史", "中国共产党第一次全国代表大会于哪一年召开？", "B", "1919年", "1921年", "1927年", "1949年"),
        Single("党的历史", "中国共产党第一次全国代表大会最后一天的会议转移到何处举行？", "C", "上海石库门", "杭州西湖", "浙江嘉兴南湖", "北京香山"),
        Single("党的历史", "确立毛泽东在党中央和红军的领导地位的会议是？", "A", "遵义会议", "古田会议", "八七会议", "洛川会议"),
        Single("党的历史", "党的十一届三中全会召开于哪一年？", "D", "1966年", "1976年", "1977年", "1978年"),
        Judge("党的历史", "南昌起义打响了武装反抗国民党反动派的第一枪。", "对"),
        Judge("党的历史", "中华人民共和国成立于1949年10月1日。", "对"),
        Multiple("党的历史", "下列属于党在新民主主义革命时期的三大法宝的有？", "ABC", "统一战线", "武装斗争", "党的建设", "土地革命"),
        Single("党的知识", "党的最高领导机关是？", "A", "党的全国代表大会和它所产生的中央委员会", "中央政治局", "中央书记处", "中央军事委员会"),
        Single("党的知识", "预备党员的预备期为多长时间？", "B", "半年", "一年", "两年", "三年"),
        Single("党的知识", "党支部党员大会一般每季度召开几次？", "A", "一次", "两次", "三次", "每月一次"),
        Single("党的知识", "党员如果没有正当理由，连续几个月不参加党的组织生活，就被认为是自行脱党？", "C", "三个月", "四个月", "六个月", "十二个月"),
        Multiple("党的知识", "党的纪律处分有哪几种？", "ABCDE", "警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍"),
        Multiple("党的知识", "“三会一课”中的“三会”是指？", "ABC", "支部党员大会", "支部委员会", "党小组会", "民主生活会"),
        Judge("党的知识", "党员有权在党的会议上和党报党刊上参加关于党的政策问题的讨论。", "对"),
        Judge("党的知识", "预备党员享有表决权、选举权和被选举权。", "错"),
        Judge("党的知识", "党的基层组织每届任期三年至五年。", "对"),
        Single("党的理论", "党的思想路线的核心是？", "B", "解放思想", "实事求是", "与时俱进", "求真务实"),
        Single("党的理论", "科学发展观的第一要义是？", "A", "发展", "以人为本", "全面协调可持续", "统筹兼顾"),
        Single("党的理论", "我们党的根本宗旨是？", "C", "实现共产主义", "建设社会主义", "全心全意为人民服务", "实现中华民族伟大复兴"),
        Multiple("党的理论", "党的三大优良作风是？", "ABD", "理论联系实际", "密切联系群众", "艰苦奋斗", "批评与自我批评"),
        Multiple("党的理论", "党员必须坚持的“四个服从”包括？", "ABCD", "党员个人服从党的组织", "少数服从多数", "下级组织服从上级组织", "全党各个组织和全体党员服从党的全国代表大会和中央委员会"),
        Judge("党的理论", "民主集中制是民主基础上的集中和集中指导下的民主相结合。", "对"),
        Judge("党的理论", "社会主义初级阶段是指任何国家进入社会主义都会经历的起始阶段。", "错"),
        Single("党的理论", "创先争优活动中“创先”是指？", "D", "创建先进班组", "创造先进经验", "争当先进个人", "创建先进基层党组织"),
    ];
}
