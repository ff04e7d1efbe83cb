using System.Globalization;
using System.Text.RegularExpressions;

namespace Modular.Identity.Provisioning;

/// <summary>
/// The user name a provisioned member gets, by this rule:
/// <list type="number">
/// <item>their mobile phone number on the roster, when it is one — 11 digits starting with 1 and 3–9, spaces, dashes
/// and a leading +86 ignored — and nobody has it yet (in any jurisdiction: names are unique in the deployment);</item>
/// <item>else <c>{jurisdiction code}-{person id, 6 digits at least}</c>, e.g. <c>alxa-right-000123</c>;</item>
/// <item>and if even that is taken, the same with <c>-2</c>, <c>-3</c>, … appended.</item>
/// </list>
/// "Taken" compares names without case, as sign-in does (the normalized user name). Two members with the same phone
/// number: the one with the lower person id gets it, the other the fallback.
/// </summary>
public static partial class MemberUserNames
{
    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();

    /// <summary>The mobile number in a roster phone field, or null when it holds none (a landline, two numbers, nothing).</summary>
    public static string? MobileOf(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var digits = phone.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (digits.StartsWith("+86", StringComparison.Ordinal)) digits = digits[3..];
        return MobilePattern().IsMatch(digits) ? digits : null;
    }

    /// <summary>The fallback name: <c>{code}-{person id as 6 digits}</c>, then with <c>-2</c>, <c>-3</c>, … for the attempt.</summary>
    public static string Fallback(string jurisdictionCode, long personId, int attempt = 1) =>
        $"{jurisdictionCode}-{personId.ToString("D6", CultureInfo.InvariantCulture)}" + (attempt > 1 ? $"-{attempt}" : "");

    /// <summary>
    /// Chooses a name for each member (in the order given) that neither <paramref name="isTakenAsync"/> knows nor an
    /// earlier member of the same run got. <paramref name="normalize"/> is sign-in's normalizer; <paramref name="isTakenAsync"/>
    /// answers, for a batch of normalized names, which exist already (one query per round; a second round only for collisions).
    /// </summary>
    public static async Task<string[]> ChooseAsync(string jurisdictionCode, IReadOnlyList<(long PersonId, string? Phone)> members,
        Func<string, string> normalize, Func<IReadOnlyCollection<string>, Task<IReadOnlySet<string>>> isTakenAsync)
    {
        var chosen = new string?[members.Count];
        var attempts = new int[members.Count]; // 0: the phone; 1, 2, …: the fallback and its suffixes
        var given = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
            if (MobileOf(members[i].Phone) is null) attempts[i] = 1;

        while (chosen.Any(c => c is null))
        {
            var proposals = Enumerable.Range(0, members.Count).Where(i => chosen[i] is null)
                .Select(i => (Index: i, Name: attempts[i] == 0 ? MobileOf(members[i].Phone)! : Fallback(jurisdictionCode, members[i].PersonId, attempts[i])))
                .ToList();
            var taken = await isTakenAsync(proposals.Select(p => normalize(p.Name)).Distinct().ToList());
            foreach (var (index, name) in proposals)
            {
                var normalized = normalize(name);
                if (!taken.Contains(normalized) && given.Add(normalized)) chosen[index] = name;
                else attempts[index]++;
            }
        }
        return chosen!;
    }
}
