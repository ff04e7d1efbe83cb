using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Modular.Jurisdictions;
using Modular.Modules.Web;
using Modular.Sdk;
using Modular.Sdk.Blocks;

namespace Modular.BuildingBlocks.Pages.Public;

/// <summary>
/// The public answer sheet of an anonymous evaluation round (群众评议, 测评): for evaluators without an account — the
/// public, town heads, grassroots representatives. The printed slip carries this page's address and a one-time code; the
/// code opens the sheet, which lists the round's subjects and questions; each subject answered once per code, the whole
/// sheet recorded at once. Nothing names the evaluator. The page names the jurisdiction by its code and answers 404 for an
/// unknown or archived one, a round that is not anonymous, or one whose plugin is switched off there.
/// </summary>
[AllowAnonymous]
internal sealed class EvaluateModel(JurisdictionDirectory directory, JurisdictionContext jurisdiction) : FormPageModel
{
    private IEvaluations _evaluations = null!;

    /// <summary>The round, when it exists here and is public.</summary>
    public EvaluationRoundInfo Round { get; private set; } = null!;
    /// <summary>Why the round takes no answers today (closed, not yet open, past its day), or null.</summary>
    public string? Unavailable { get; private set; }
    /// <summary>The opened sheet: the code and the subjects it answered already.</summary>
    public CodeSheet? Sheet { get; private set; }
    public string? Code { get; private set; }
    /// <summary>How many subjects the sheet just recorded.</summary>
    public int? Recorded { get; private set; }
    /// <summary>What was chosen on a refused sheet, to show it again: field name → option key.</summary>
    public IReadOnlyDictionary<string, string> Chosen { get; private set; } = new Dictionary<string, string>();

    /// <summary>A radio group's name: the subject's and question's places (keys may hold any character).</summary>
    public static string FieldName(int subject, int question) => $"s{subject}q{question}";

    public async Task<IActionResult> OnGetAsync(string place, long roundId, CancellationToken ct)
    {
        if (!await FindAsync(place, roundId, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(string place, long roundId, string? code, CancellationToken ct)
    {
        if (!await FindAsync(place, roundId, ct)) return NotFound();
        await OpenAsync(code, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(string place, long roundId, string? code, CancellationToken ct)
    {
        if (!await FindAsync(place, roundId, ct)) return NotFound();
        if (!await OpenAsync(code, ct)) return Page();
        var (sheet, incomplete) = ReadSheet();
        if (incomplete.Count > 0)
        {
            foreach (var subject in incomplete)
                Errors.Add($"{subject}.", Text.Of("请回答该对象的全部问题，或全部留空。", "Answer every question for this subject, or leave all of them blank."));
            return Page();
        }
        var result = await _evaluations.RespondSheetWithCodeAsync(roundId, code!, sheet, ct);
        if (!result.Succeeded)
        {
            ShowErrors(result.Errors);
            await OpenAsync(code, ct); // another device may have used the code meanwhile
            return Page();
        }
        Recorded = result.Value;
        Sheet = null;
        return Page();
    }

    /// <summary>Errors for one subject's block (the service's fields start with its key).</summary>
    public string? ErrorForSubject(string subjectKey) =>
        Errors.Where(e => e.Key.StartsWith(subjectKey + ".", StringComparison.Ordinal)).SelectMany(e => e.Value) is var messages && messages.Any()
            ? string.Join(" ", messages) : null;

    /// <summary>Errors not tied to one subject (the code, the round, the sheet as a whole).</summary>
    public IEnumerable<string> GeneralErrors =>
        Errors.Where(e => Round.Subjects.All(x => !e.Key.StartsWith(x.Key + ".", StringComparison.Ordinal))).SelectMany(e => e.Value);

    // The jurisdiction comes from the address, not a sign-in: it is fixed for the request before any of its data is read.
    private async Task<bool> FindAsync(string place, long roundId, CancellationToken ct)
    {
        if (await directory.FindByCodeAsync(place, ct) is not { } found) return false;
        jurisdiction.Set(found);
        UseLanguageOf(found);
        _evaluations = HttpContext.RequestServices.GetRequiredService<IEvaluations>();
        if (await _evaluations.FindRoundAsync(roundId, ct) is not { Anonymous: true } round) return false;
        if (!await directory.IsEnabledAsync(found.Id, round.PluginId, ct)) return false;
        Round = round;
        Unavailable = round.Closed ? Text.Of("本轮评议已结束。", "This round is closed.") : null;
        return true;
    }

    private async Task<bool> OpenAsync(string? code, CancellationToken ct)
    {
        Code = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(Code))
        {
            Errors.Add("code", Text.Of("请输入评议表上的评议码。", "Enter the code printed on your slip."));
            return false;
        }
        var opened = await _evaluations.OpenCodeSheetAsync(Round.Id, Code, ct);
        if (!opened.Succeeded)
        {
            ShowErrors(opened.Errors);
            if (opened.Errors.ContainsKey("roundId")) Unavailable = string.Join(" ", opened.Errors["roundId"]);
            return false;
        }
        Sheet = opened.Value;
        return true;
    }

    // Subjects with every question answered go in; untouched ones are skipped (an evaluator rates whom they know);
    // half-answered ones are named back.
    private (Dictionary<string, IReadOnlyDictionary<string, string>> Sheet, List<string> Incomplete) ReadSheet()
    {
        var sheet = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var incomplete = new List<string>();
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < Round.Subjects.Count; s++)
        {
            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var q = 0; q < Round.Questions.Count; q++)
                if (Request.Form[FieldName(s, q)].ToString() is { Length: > 0 } option)
                {
                    answers[Round.Questions[q].Key] = option;
                    chosen[FieldName(s, q)] = option;
                }
            if (answers.Count == Round.Questions.Count) sheet[Round.Subjects[s].Key] = answers;
            else if (answers.Count > 0) incomplete.Add(Round.Subjects[s].Key);
        }
        Chosen = chosen;
        return (sheet, incomplete);
    }

    // The visitor's own choice (the language link, a cookie) wins; else the jurisdiction's language.
    private void UseLanguageOf(IJurisdiction found)
    {
        if (HttpContext.Features.Get<IRequestCultureFeature>() is { Provider: not null }) return;
        CultureInfo.CurrentCulture = found.Culture;
        CultureInfo.CurrentUICulture = found.Culture;
    }
}
