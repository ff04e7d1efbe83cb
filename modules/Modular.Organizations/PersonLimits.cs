using Modular.Sdk;

namespace Modular.Organizations;

/// <summary>
/// The one set of limits on a member's fields. The people API and pages (through <see cref="PeopleService"/>) and the
/// roster import (<see cref="RosterImporter"/>) all check these, so what one of them takes the others take too.
/// Dates are the SDK's range for every date (<see cref="Limits.FirstDay"/>..<see cref="Limits.LastDay"/>).
/// </summary>
internal static class PersonLimits
{
    /// <summary>The most characters of each free-text field (a name as 户口簿 writes it, a landline with its extension, ...).</summary>
    public static readonly IReadOnlyDictionary<RosterField, int> MaxLength = new Dictionary<RosterField, int>
    {
        [RosterField.Name] = 50,
        [RosterField.Ethnicity] = 20,
        [RosterField.NativePlace] = 100,
        [RosterField.Education] = 50,
        [RosterField.Post] = 100,
        [RosterField.Phone] = 30,
        [RosterField.Whereabouts] = 200,
    };

    /// <summary>The same as a list, for the import's loop over every row (a dictionary's enumerator is an allocation a row).</summary>
    public static readonly (RosterField Field, int Max)[] MaxLengths = [.. MaxLength.Select(m => (m.Key, m.Value))];

    /// <summary>Null when the value fits its field; else why not.</summary>
    public static string? TooLong(RosterField field, string? value) =>
        MaxLength.TryGetValue(field, out var max) ? Limits.TooLong(value, max) : null;
}
