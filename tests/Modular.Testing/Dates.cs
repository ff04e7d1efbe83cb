using System.Globalization;

namespace Modular.Testing;

/// <summary>Days written as the documents and the API write them (<c>2011-06-30</c>), for theory data: <c>using static Modular.Testing.Dates;</c>.</summary>
public static class Dates
{
    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? DayOrNull(string? text) => text is null ? null : Day(text);
}
