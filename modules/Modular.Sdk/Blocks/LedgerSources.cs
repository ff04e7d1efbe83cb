using System.Globalization;

namespace Modular.Sdk.Blocks;

/// <summary>
/// A ledger (台账) a plugin offers, registered with <see cref="IPluginBuilder.AddLedger{TSource}"/>: the host serves it at
/// <c>GET /api/j/{jurisdiction}/{plugin}/ledgers/{Key}?format=xlsx|csv&amp;…</c>, lists it on the jurisdiction's ledger page,
/// and checks the declared <see cref="Parameters"/> before the source is asked. Offered to <see cref="Roles"/> (all
/// signed-in users when empty); the source still narrows its rows to what the user may read.
/// </summary>
public sealed record LedgerEntry(string Key, LocalizedText Name, Type? Source)
{
    public IReadOnlyList<LedgerParameter> Parameters { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>False for a ledger only its own page can ask for (one contest's results): it is served, not listed on the ledger page.</summary>
    public bool Listed { get; init; } = true;

    /// <summary>Instead of a <see cref="Source"/> type: the call that builds it, usually one line into the item's service.</summary>
    public Func<IServiceProvider, LedgerQuery, CancellationToken, Task<Result<LedgerDefinition>>>? Build { get; init; }
}

public enum LedgerParameterType { Text, Integer, Date, Boolean }

/// <summary>A query parameter of a ledger: its name on the form and how it is read. <paramref name="Choices"/>: value → label, for a fixed list.</summary>
public sealed record LedgerParameter(string Key, LocalizedText Name, LedgerParameterType Type = LedgerParameterType.Text, bool Required = false)
{
    public IReadOnlyList<KeyValuePair<string, LocalizedText>> Choices { get; init; } = [];
}

/// <summary>Builds one ledger from its checked parameters; refuses (by field) what it cannot answer, forbids what the user may not read.</summary>
public interface ILedgerSource
{
    Task<Result<LedgerDefinition>> BuildAsync(LedgerQuery query, CancellationToken cancellationToken);
}

/// <summary>A ledger request's parameters, already checked against their declared types.</summary>
public sealed class LedgerQuery(IReadOnlyDictionary<string, string> values)
{
    public static LedgerQuery Empty { get; } = new(new Dictionary<string, string>());

    public string? Text(string key) => values.TryGetValue(key, out var v) ? v : null;
    public long? Integer(string key) => Text(key) is { } v ? long.Parse(v, CultureInfo.InvariantCulture) : null;
    public DateOnly? Date(string key) => Text(key) is { } v ? DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    public bool? Boolean(string key) => Text(key) is { } v ? v is "true" or "1" or "on" : null;

    /// <summary>
    /// Reads the declared parameters from raw query values (blank = absent): a missing required one or a value that is not
    /// of its type is refused by its key, with what was given. Undeclared values are ignored.
    /// </summary>
    public static Result<LedgerQuery> Read(IReadOnlyList<LedgerParameter> parameters, Func<string, string?> raw)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in parameters)
        {
            var given = raw(p.Key)?.Trim();
            if (string.IsNullOrEmpty(given))
            {
                if (p.Required) return Refuse.Field(p.Key, Modular.Sdk.Text.Of($"请填写“{p.Name.ZhCn}”。", $"Enter “{p.Name.En}”."));
                continue;
            }
            var valid = p.Type switch
            {
                LedgerParameterType.Integer => long.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
                LedgerParameterType.Date => DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                LedgerParameterType.Boolean => given is "true" or "false" or "1" or "0" or "on",
                _ => given.Length <= Limits.Line,
            };
            if (valid && p.Choices.Count > 0) valid = p.Choices.Any(c => c.Key == given);
            if (!valid)
                return Refuse.Field(p.Key, Modular.Sdk.Text.Of($"“{p.Name.ZhCn}”：“{Shorten(given)}”不是{ZhType(p)}。", $"“{p.Name.En}”: \"{Shorten(given)}\" is not {EnType(p)}."));
            values[p.Key] = given;
        }
        return Result.Ok(new LedgerQuery(values));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string ZhType(LedgerParameter p) => p.Choices.Count > 0 ? "可选的值" : p.Type switch
    {
        LedgerParameterType.Integer => "整数",
        LedgerParameterType.Date => "日期（yyyy-MM-dd）",
        LedgerParameterType.Boolean => "是/否",
        _ => "200字以内的文字",
    };

    private static string EnType(LedgerParameter p) => p.Choices.Count > 0 ? "one of the choices" : p.Type switch
    {
        LedgerParameterType.Integer => "a whole number",
        LedgerParameterType.Date => "a date (yyyy-MM-dd)",
        LedgerParameterType.Boolean => "yes or no",
        _ => "text of at most 200 characters",
    };
}
