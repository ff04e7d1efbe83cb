using System.Globalization;
using System.Text.RegularExpressions;
using Modular.Sdk;

namespace Modular.Organizations;

/// <summary>How the cells of a roster file as local offices export them are read.</summary>
internal static partial class RosterCells
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    [GeneratedRegex(@"^([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*(?:[-/.月]\s*([0-9]{1,2})\s*日?|月)?$")]
    private static partial Regex SeparatedDate();

    [GeneratedRegex(@"^\d{1,6}_(.+)$")]
    private static partial Regex CodeLabel();

    /// <summary>
    /// Dates as offices write them: 2011-07-01, 2011/7/1, 2011.07.01, 2011年7月1日, year and month only
    /// (2011.07, 2011-7, 201107, 2011年7月: the first of the month), 20110701, and Excel serial numbers
    /// (40725). A time after a space (Excel's "2011/7/1 0:00") is ignored. Full-width digits and separators, as a Chinese
    /// input method types them (２０１１－０７－０１), read as their ASCII twins.
    /// </summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        var t = HalfWidth(text.Trim());
        var space = t.IndexOf(' ');
        if (space > 0) t = t[..space];
        if (TryParseIsoLike(t, out var fast)) return TryMake(fast.Year, fast.Month, fast.Day, out date);
        if (SeparatedDate().Match(t) is { Success: true } m)
            return TryMake(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 1, out date);
        if (t.Length == 6 && t.All(char.IsAsciiDigit))
            return TryMake(int.Parse(t[..4], CultureInfo.InvariantCulture), int.Parse(t[4..], CultureInfo.InvariantCulture), 1, out date);
        if (t.Length == 8 && t.All(char.IsAsciiDigit))
            return TryMake(int.Parse(t[..4], CultureInfo.InvariantCulture), int.Parse(t[4..6], CultureInfo.InvariantCulture), int.Parse(t[6..], CultureInfo.InvariantCulture), out date);
        // Excel serial day numbers (a date cell read raw, or saved as a number): 1900-03-01 .. 2173.
        if (t.Length is >= 2 and <= 12 && double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial >= 61 && serial < 100000)
        {
            date = ExcelEpoch.AddDays((int)Math.Floor(serial));
            return true;
        }
        return false;
    }

    /// <summary>
    /// The common spellings, 2011-07-01 and 2011/7/1, read without the regular expression: an import reads two or more
    /// dates a row, 100,000 rows at a time. Anything else (or nothing valid) falls through to the full rules.
    /// </summary>
    private static bool TryParseIsoLike(string t, out (int Year, int Month, int Day) date)
    {
        date = default;
        if (t.Length is < 8 or > 10 || !IsDigits(t, 0, 4) || t[4] is not ('-' or '/')) return false;
        var second = t.IndexOf(t[4], 5);
        if (second is < 6 or > 7 || !IsDigits(t, 5, second - 5) || t.Length - second - 1 is < 1 or > 2 || !IsDigits(t, second + 1, t.Length - second - 1)) return false;
        date = (Digits(t, 0, 4), Digits(t, 5, second - 5), Digits(t, second + 1, t.Length - second - 1));
        return true;
    }

    private static bool IsDigits(string t, int start, int length)
    {
        for (var i = start; i < start + length; i++) if (!char.IsAsciiDigit(t[i])) return false;
        return true;
    }

    private static int Digits(string t, int start, int length)
    {
        var n = 0;
        for (var i = start; i < start + length; i++) n = n * 10 + (t[i] - '0');
        return n;
    }

    private static string HalfWidth(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uFF01', '\uFF5E')) return text;
        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++) chars[i] = source[i] is >= '\uFF01' and <= '\uFF5E' ? (char)(source[i] - 0xFEE0) : source[i];
        });
    }

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (!Limits.IsWithinYears(year) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>A dropdown cell written as code_label (<c>223_正式党员</c>) reads as its label.</summary>
    public static string StripCode(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || !char.IsDigit(t[0])) return t; // most cells: no code to strip, no expression to run
        return CodeLabel().Match(t) is { Success: true } m ? m.Groups[1].Value.Trim() : t;
    }

    /// <summary>是/否 and the usual spellings of yes and no.</summary>
    public static bool TryParseYesNo(string text, out bool value)
    {
        switch (StripCode(text).ToUpperInvariant())
        {
            case "是" or "Y" or "YES" or "TRUE" or "1" or "√": value = true; return true;
            case "否" or "N" or "NO" or "FALSE" or "0" or "": value = false; return true;
            default: value = false; return false;
        }
    }

    /// <summary>Null when an 18-character resident ID number (身份证号码) is well formed and its check digit is right.</summary>
    public static string? IdNumberProblem(string idNumber)
    {
        if (idNumber.Length != 18 || !IsDigits(idNumber, 0, 17) || idNumber[17] is not (>= '0' and <= '9' or 'X') || CheckDigit(idNumber) != idNumber[17])
            return Text.Of($"“{idNumber}”不是有效的身份证号码（18 位，末位校验码须正确）。", $"\"{idNumber}\" is not a valid resident ID number (18 characters with a correct check digit).");
        return null;
    }

    /// <summary>The GB 11643 check character of the first 17 digits.</summary>
    public static char CheckDigit(string first17)
    {
        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]; // static data: an array a call showed in the import's profile
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * weights[i];
        return "10X98765432"[sum % 11];
    }

    public static string FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
