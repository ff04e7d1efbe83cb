using System.Text;
using Modular.Sdk.Texts;

namespace Modular.Plugins.BannerSixOnes.Demo;

/// <summary>
/// What the demo's people write: study notes, reading notes, research reports and good practices, put
/// together from the study materials and reflections a banner's members would have written in 2011's
/// notebooks. Deterministic for a given random source; every text clears the rule's minimum.
/// </summary>
internal static class DemoWriting
{
    public static readonly string[] Materials =
    [
        "《中国共产党章程》总纲", "《中国共产党章程》第一章 党员", "《中国共产党廉洁自律准则》", "《中国共产党纪律处分条例》",
        "《中国共产党农村基层组织工作条例》", "《为人民服务》", "《纪念白求恩》", "《愚公移山》", "《反对自由主义》",
        "《论共产党员的修养》", "《实践论》", "《矛盾论》", "党的群众路线教育读本", "民族团结进步教育读本",
        "草原生态保护补助奖励政策", "牧区党员致富带富典型事迹", "建党九十周年有关文章", "创先争优活动有关文件",
        "党史上的今天", "《中国共产党党员权利保障条例》",
    ];

    private static readonly string[] Reflections =
    [
        "通过学习，我进一步认识到党员的先进性不是一句口号，而要体现在日常工作和生活的一点一滴之中，体现在关键时刻能不能站得出来、顶得上去。",
        "文中讲到要全心全意为人民服务，我对照自己，感到平时在帮助群众解决实际困难方面做得还不够，有时怕麻烦、图省事，今后要主动上门了解情况。",
        "党章是党的根本大法，是全党必须遵循的总规矩。作为一名党员，必须自觉学习党章、遵守党章、贯彻党章、维护党章，做到知行合一。",
        "学习中我体会到，理论学习不能满足于读一读、抄一抄，而要联系思想实际和工作实际，边学边思考，边学边改进，真正做到学以致用。",
        "廉洁自律是党员干部的底线。只有严格要求自己，管住小节、守住底线，才能在群众中树立良好形象，让群众信得过、靠得住。",
        "我们嘎查地处偏远，牧户居住分散，党员开展活动不容易。越是这样，越要把组织生活过好，把每一次学习都当作一次思想上的“充电”。",
        "今天和支部的几位老党员交流学习体会，他们讲起当年建设草原的经历，让我深受教育，也更加坚定了扎根基层、服务牧民的信念。",
        "创先争优活动要求我们在本职岗位上争当先进、争做优秀。我要立足岗位，把每一项工作做细做实，用实际行动为党旗增辉。",
        "民族团结是各族人民的生命线。在工作中要尊重各民族群众的风俗习惯，多办实事好事，促进各民族群众共同团结奋斗、共同繁荣发展。",
        "学习党的历史，让我更加懂得今天的幸福生活来之不易。无数革命先烈为了民族独立和人民解放抛头颅、洒热血，我们没有理由不努力工作。",
        "对照学习内容查找自身不足：一是学习的主动性还不够强，二是联系群众还不够紧密，三是创新意识还需要加强。下一步要逐条整改。",
        "实践是检验真理的唯一标准。做好农牧区工作，必须从实际出发，多到牧户家中走一走、看一看，听取群众意见，不能坐在办公室里拍脑袋。",
        "要正确处理个人利益和集体利益的关系，吃苦在前、享受在后，在禁牧休牧、草场流转等群众关心的事情上带头执行政策，做好宣传解释。",
        "学习中我摘抄了几段重要论述，准备在下次支部主题党日上和大家一起交流，也给外出放牧不能参加学习的党员送学上门。",
        "坚持每天学习一小时，虽然有时工作忙、放牧累，但坚持下来收获很大，思想认识有了提高，工作思路也更加清楚了。",
        "党员要发挥先锋模范作用，带头学习科学养殖技术，带头调整产业结构，带动身边群众增加收入，让群众看到跟党走的好处。",
        "批评和自我批评是我们党的优良作风。在组织生活会上要敢于揭短亮丑，对自己的问题不遮掩，对同志的问题不回避，做到红红脸、出出汗。",
        "基层党组织是党在基层全部工作和战斗力的基础。支部要发挥战斗堡垒作用，党员要发挥先锋模范作用，两者缺一不可。",
    ];

    private static readonly string[] NextSteps =
    [
        "下一步，我要把学习体会落实到具体工作中，认真完成支部交给的各项任务。",
        "今后要继续坚持每日学习，做好笔记，季度末接受支部检查验收。",
        "明天计划到几户困难党员家中走访，把学习的精神带给他们。",
        "要把学到的知识讲给家人和邻居听，当好党的政策的宣传员。",
        "下一步重点学习与本职工作相关的政策法规，提高服务群众的本领。",
    ];

    // Counted once: the notes are put together by the tens of thousands.
    private static readonly int[] ReflectionCounts = [.. Reflections.Select(CharacterCount.Of)];

    /// <summary>A day's study note of a little over <paramref name="minimum"/> characters: the material, reflections, the next step.</summary>
    public static string DailyNote(Random random, DateOnly day, int minimum)
    {
        var material = Materials[random.Next(Materials.Length)];
        var text = new StringBuilder($"{day:M月d日}学习{material}。", minimum * 2);
        var count = CharacterCount.Of(text.ToString());
        var target = minimum + 20 + random.Next(100);
        var start = random.Next(Reflections.Length);
        for (var i = 0; count < target; i++)
        {
            var r = (start + i * 7) % Reflections.Length;
            text.Append(Reflections[r]);
            count += ReflectionCounts[r];
        }
        return text.Append(NextSteps[random.Next(NextSteps.Length)]).ToString();
    }

    public static readonly (string Title, string Author)[] TheoryBooks =
    [
        ("《论持久战》", "毛泽东"), ("《关于正确处理人民内部矛盾的问题》", "毛泽东"), ("《论十大关系》", "毛泽东"), ("《改造我们的学习》", "毛泽东"),
        ("《邓小平文选》第三卷", "邓小平"), ("《解放思想，实事求是，团结一致向前看》", "邓小平"), ("《共产党宣言》", "马克思、恩格斯"),
        ("《社会主义从空想到科学的发展》", "恩格斯"), ("《国家与革命》", "列宁"), ("《江泽民文选》第一卷", "江泽民"),
        ("《科学发展观学习读本》", "中共中央宣传部"), ("《中国共产党的九十年》", "中共中央党史研究室"), ("《学习型党组织建设读本》", "中共中央组织部"),
        ("《中国特色社会主义理论体系学习读本》", "中共中央宣传部"), ("《马克思主义哲学十讲》", "中央党校"), ("《论党的建设》", "毛泽东"),
    ];

    /// <summary>Reading notes of a theory book: what it says, what it means for the reader, what they will do; at least <paramref name="minimum"/> characters.</summary>
    public static string BookNotes(Random random, string title, int minimum)
    {
        var text = new StringBuilder($"读{title}笔记。一、主要内容：本季度精读{title}，逐章做了摘录。书中阐述的基本观点立场鲜明、论证严密，对指导当前工作仍有很强的现实意义。");
        var start = random.Next(Reflections.Length);
        var section = 2;
        var target = minimum + 60 + random.Next(400);
        for (var i = 0; CharacterCount.Of(text.ToString()) < target; i++)
        {
            if (i % 4 == 3 && section <= 3) text.Append(section++ == 2 ? "二、学习体会：" : "三、联系实际的思考：");
            text.Append(Reflections[(start + i * 5) % Reflections.Length]);
        }
        text.Append("四、今后打算：").Append(NextSteps[random.Next(NextSteps.Length)]);
        return text.ToString();
    }

    public static readonly (string Title, string Topic)[] Reports =
    [
        ("关于嘎查党支部带领牧民增收致富的调研报告", "党建促增收"), ("关于流动党员教育管理情况的调研报告", "流动党员管理"),
        ("关于苏木镇机关作风建设的调研报告", "机关作风建设"), ("关于禁牧休牧政策落实情况的调研报告", "生态保护与民生"),
        ("关于社区党组织服务群众能力的调研报告", "社区服务"), ("关于非公有制企业党建工作的调研报告", "非公党建"),
        ("关于农牧区基层党员队伍结构的调研报告", "党员队伍建设"), ("关于旅游产业发展与党员带头作用的调研报告", "产业发展"),
        ("关于少数民族聚居区民族团结进步创建的调研报告", "民族团结"), ("关于基层党组织活动场所建设使用情况的调研报告", "基层阵地建设"),
    ];

    /// <summary>A report of at least <paramref name="minChars"/> characters (report.minChars): the findings, then cases until it is long enough.</summary>
    public static string ReportBody(Random random, string title, int minChars)
    {
        var text = new StringBuilder($"{title}。按照旗创先争优活动领导小组的安排，我们深入苏木镇、嘎查和社区，采取座谈、走访、问卷等方式开展调研。");
        text.Append($"一、基本情况：走访牧户 {random.Next(20, 80)} 户，召开座谈会 {random.Next(2, 7)} 次，发放问卷 {random.Next(100, 400)} 份。");
        text.Append("二、存在的问题：").Append(Reflections[random.Next(Reflections.Length)]).Append(Reflections[random.Next(Reflections.Length)]);
        text.Append("三、对策建议：一是加强教育培训，二是完善制度机制，三是强化督促检查，四是发挥典型示范作用。");
        // The cases do not draw on the demo's random numbers, so everything after the report is as before.
        var extra = title.Length * 13 % 400;
        for (var n = 1; Modular.Sdk.Texts.CharacterCount.Of(text.ToString()) < minChars + extra; n++)
            text.Append($"典型案例{n}：某嘎查党支部组织党员 {8 + (n * 7 + title.Length) % 30} 名结对帮扶牧户 {10 + (n * 11 + title.Length) % 50} 户，")
                .Append(Reflections[(n + title.Length) % Reflections.Length]).Append("群众反映良好，值得总结推广。");
        return text.ToString();
    }

    /// <summary>Good practices, each with the field (领域) of the organization that would report it.</summary>
    public static readonly (string Title, string Body, Sector Field)[] Practices =
    [
        ("“马背党课”送学上门", "针对牧户居住分散、党员集中学习难的实际，支部组织党员骑马、骑摩托车把学习材料和党课送到冬营盘、夏营盘，全年送学 40 余次，外出放牧党员参学率达到 95%。", Sector.Village),
        ("党员中心户带动牧民增收", "每名党员中心户联系 5 至 8 户牧民，在科学养殖、草场管护、产品销售上做示范，联系户人均收入比上年增长 12%。", Sector.Village),
        ("“一线工作法”转变机关作风", "机关干部每周至少两天深入嘎查社区，现场办理群众诉求，办结率 98%，群众满意度明显提升。", Sector.Township),
        ("社区“党员先锋岗”服务群众", "在社区服务大厅设立党员先锋岗 6 个，实行首问负责和限时办结，群众办事平均等待时间缩短一半。", Sector.Community),
        ("园区企业“党建+生产”双提升", "把党员安排在生产关键岗位，开展党员技术攻关，全年解决生产难题 11 项，企业安全生产无事故。", Sector.Park),
        ("学习笔记“晒一晒、评一评”", "支部每月组织党员互相传阅学习笔记，评选优秀笔记在活动室展示，党员学习积极性明显提高。", Sector.Village),
        ("流动党员“微信党小组”", "为外出务工党员建立联系群，每周推送学习内容，按月交流思想，流动党员与支部联系率达到 100%。", Sector.Community),
        ("民族团结“结对认亲”", "党员干部与各族困难群众结对认亲 120 对，帮助解决实际困难 300 余件，促进了民族团结。", Sector.Township),
        ("党员义务护林巡边队", "组建党员义务巡护队，定期巡护胡杨林和草场，及时发现并制止破坏草原行为，生态保护成效明显。", Sector.Village),
        ("“四议两公开”管好集体事务", "嘎查重大事项一律按照党支部提议、两委会商议、党员大会审议、村民代表会议决议的程序办理，决议和结果全部公开。", Sector.Village),
    ];

    public static readonly string[] BookReturnComments = ["联系实际不够，请补充本职工作中的思考。", "摘抄内容偏多，个人体会不足，请修改。"];
    public static readonly string[] NoteReturnComments = ["本季度笔记缺记较多，请补记后再验收。", "笔记不全，请对照学习安排补记。", "外出期间未记笔记，返回后请补记。"];
}
