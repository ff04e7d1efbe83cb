namespace Modular.Plugins.BannerSixOnes.Contest;

/// <summary>A bad cell: <c>第N行，列“答案”：“E”不是有效选项</c> (row numbers as in the file, header = 1).</summary>
public sealed record QuestionError(int Row, string Column, string Message)
{
    public override string ToString() => Text.Of($"第{Row}行，列“{Column}”：{Message}", $"Row {Row}, column “{Column}”: {Message}");
}

/// <summary>One question as read from a row of the office's file, ready to store.</summary>
public sealed record QuestionDraft(int Row, QuestionKind Kind, string Text, string[] Options, string Answer, int Points, string Category);

/// <summary>
/// Reads a question-bank sheet: Chinese headers with their usual synonyms (题型/题目/选项A…F/答案/分值/类别),
/// every bad cell reported as <c>第N行，列“答案”：“E”不是有效选项</c> with the row number as in the file.
/// The caller writes nothing unless <see cref="Errors"/> is empty.
/// </summary>
public sealed class QuestionImport
{
    private static readonly Dictionary<string, string[]> Synonyms = new()
    {
        ["题型"] = ["题型", "题目类型", "试题类型", "题类"],
        ["题目"] = ["题目", "题干", "试题", "问题", "题目内容"],
        ["答案"] = ["答案", "正确答案", "标准答案", "参考答案"],
        ["分值"] = ["分值", "分数", "分"],
        ["类别"] = ["类别", "分类", "题目类别", "内容类别", "知识类别"],
    };

    private static readonly string[] Required = ["题型", "题目", "答案", "类别"];

    public List<QuestionDraft> Questions { get; } = [];
    public List<QuestionError> Errors { get; } = [];

    public static QuestionImport Read(TableFile file)
    {
        var import = new QuestionImport();
        var columns = Columns(file.Headers);
        foreach (var name in Required)
            if (!columns.ContainsKey(name)) import.Errors.Add(new(1, name, Text.Of("缺少此列", "the column is missing")));
        if (import.Errors.Count > 0) return import;

        var seen = new Dictionary<string, int>();
        foreach (var row in file.Rows)
        {
            var draft = import.ReadRow(row, columns);
            if (draft is null) continue;
            if (seen.TryGetValue(draft.Text, out var first))
                import.Errors.Add(new(row.Number, "题目", Text.Of($"与第{first}行重复", $"the same as row {first}")));
            else
            {
                seen[draft.Text] = row.Number;
                import.Questions.Add(draft);
            }
        }
        if (file.Rows.Count == 0) import.Errors.Add(new(1, "题目", Text.Of("文件中没有题目", "the file has no questions")));
        return import;
    }

    /// <summary>One question typed on the bank page or sent to the API, checked by the same rules as a file row.</summary>
    public static QuestionImport ReadOne(QuestionInput input)
    {
        var headers = new List<string> { "题型", "题目" };
        var cells = new List<string> { input.Kind ?? "", input.Text ?? "" };
        var options = input.Options ?? [];
        for (var i = 0; i < Math.Min(options.Count, QuestionRules.MaxOptions); i++) { headers.Add("选项" + QuestionRules.Letter(i)); cells.Add(options[i] ?? ""); }
        headers.AddRange(["答案", "分值", "类别"]);
        cells.AddRange([input.Answer ?? "", input.Points?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", input.Category ?? ""]);
        var import = Read(new TableFile(headers, [new TableRow(2, cells)]));
        if (options.Count > QuestionRules.MaxOptions) import.Errors.Add(new(2, "选项", Text.Of($"最多{QuestionRules.MaxOptions}个选项", $"at most {QuestionRules.MaxOptions} options")));
        return import;
    }

    /// <summary>Header → column index, by canonical name (选项A…选项F accept <c>A</c>, <c>选项A</c>, <c>A选项</c>).</summary>
    private static Dictionary<string, int> Columns(IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var h = headers[i].Trim().Replace(" ", "").Replace("　", "");
            var canonical = Synonyms.FirstOrDefault(s => s.Value.Contains(h)).Key;
            if (canonical is null)
            {
                var letter = h.Replace("选项", "").ToUpperInvariant();
                if (letter.Length == 1 && letter[0] is >= 'A' and < (char)('A' + QuestionRules.MaxOptions) && (h.Length == 1 || h.Contains("选项")))
                    canonical = "选项" + letter;
            }
            if (canonical is not null) columns.TryAdd(canonical, i);
        }
        return columns;
    }

    private QuestionDraft? ReadRow(TableRow row, Dictionary<string, int> columns)
    {
        string Cell(string name) => columns.TryGetValue(name, out var i) && i < row.Cells.Count ? row.Cells[i].Trim() : "";
        var errorsBefore = Errors.Count;
        void Bad(string column, string message) => Errors.Add(new(row.Number, column, message));
        var empty = Text.Of("不能为空", "must not be empty");

        var kind = QuestionRules.ParseKind(Cell("题型"));
        if (kind is null) Bad("题型", Cell("题型").Length == 0 ? empty : Text.Of($"“{Cell("题型")}”不是有效题型（单选/多选/判断）", $"“{Cell("题型")}” is no question kind (单选/多选/判断)"));

        var text = NormalizeText(Cell("题目"));
        if (text.Length == 0) Bad("题目", empty);

        var options = new List<string>();
        for (var i = 0; i < QuestionRules.MaxOptions; i++) options.Add(Cell("选项" + QuestionRules.Letter(i)));
        while (options.Count > 0 && options[^1].Length == 0) options.RemoveAt(options.Count - 1);
        if (kind is QuestionKind.Judge) options = [.. QuestionRules.JudgeOptions];
        else if (kind is not null)
        {
            var gap = options.FindIndex(o => o.Length == 0);
            if (gap >= 0) Bad("选项" + QuestionRules.Letter(gap), Text.Of("不能为空（选项须从A起连续填写）", "must not be empty (options run from A without gaps)"));
            if (options.Count < 2) Bad(options.Count == 0 ? "选项A" : "选项B", Text.Of("选择题至少需要两个选项", "a choice question needs at least two options"));
        }

        var answerCell = Cell("答案");
        string? answer = null;
        if (answerCell.Length == 0) Bad("答案", empty);
        else if (kind is QuestionKind.Judge)
        {
            answer = QuestionRules.ParseJudge(answerCell);
            if (answer is null) Bad("答案", Text.Of($"“{answerCell}”不是有效判断答案（对/错、正确/错误、√/×）", $"“{answerCell}” is no true/false answer (对/错, 正确/错误, √/×)"));
        }
        else if (kind is not null)
        {
            var (letters, badPiece) = QuestionRules.ParseLetters(answerCell);
            var outside = letters?.FirstOrDefault(c => c - 'A' >= options.Count);
            if (badPiece is not null) Bad("答案", Text.Of($"“{badPiece}”不是有效选项", $"“{badPiece}” is no option"));
            else if (outside is { } c && c != default) Bad("答案", Text.Of($"“{c}”不是有效选项", $"“{c}” is no option"));
            else if (kind == QuestionKind.Single && letters!.Length != 1) Bad("答案", Text.Of($"单选题只能有一个答案，“{answerCell}”有{letters.Length}个", $"a single-choice question has one answer; “{answerCell}” has {letters.Length}"));
            else if (kind == QuestionKind.Multiple && letters!.Length < 2) Bad("答案", Text.Of($"多选题至少有两个正确选项，“{answerCell}”只有{letters.Length}个", $"a multiple-choice question has at least two right options; “{answerCell}” has {letters.Length}"));
            else answer = letters;
        }

        var points = 1;
        var pointsCell = Cell("分值");
        if (pointsCell.Length > 0 && (!int.TryParse(pointsCell, out points) || points is < 1 or > 100))
            Bad("分值", Text.Of($"“{pointsCell}”不是有效分值（1–100 的整数）", $"“{pointsCell}” is no valid number of points (a whole number 1–100)"));

        var category = QuestionRules.ParseCategory(Cell("类别"));
        if (category is null) Bad("类别", Cell("类别").Length == 0 ? empty : Text.Of($"“{Cell("类别")}”不是有效类别（党的理论/党的知识/党的历史）", $"“{Cell("类别")}” is no category (党的理论/党的知识/党的历史)"));

        return Errors.Count > errorsBefore ? null : new QuestionDraft(row.Number, kind!.Value, text, [.. options], answer!, points, category!);
    }

    /// <summary>
    /// The same question typed twice differs only in spaces: collapse runs of ASCII white space so it is found again on
    /// re-import. The full-width space (　) is kept: “（　）” is the blank of a question.
    /// </summary>
    public static string NormalizeText(string text) => string.Join(' ', text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
