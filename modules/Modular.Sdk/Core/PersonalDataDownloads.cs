namespace Modular.Sdk.Core;

/// <summary>
/// A file that lists people left the system: which list (its title, e.g. 党员名册), in which format, how many rows
/// and how many of them name a person. Who and when are the request's.
/// </summary>
public sealed record PersonalDataDownload(string List, string Format, int Rows, int People);

/// <summary>
/// Records every download of a list with personal data (roster, account slips, ledgers naming people) in the
/// jurisdiction's audit log, before the file is written: a download that cannot be recorded is not served.
/// Ledgers (<c>Results.Extensions.Ledger</c>) are recorded by the host; call this for a file written by hand.
/// </summary>
public interface IPersonalDataDownloads
{
    Task RecordAsync(PersonalDataDownload download, CancellationToken cancellationToken = default);
}
