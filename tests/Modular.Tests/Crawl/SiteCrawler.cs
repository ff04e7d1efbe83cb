using System.Net;
using System.Text.RegularExpressions;

namespace Modular.Tests.Crawl;

/// <summary>
/// Follows every same-site link a signed-in person can see, breadth first, as a browser would
/// (GET only: links, and forms whose method is GET with their fields' default values), and records
/// every defect a person would meet: an empty or unresolvable href, a 5xx, an error or "not found"
/// page, a link that ends at the sign-in or access-denied page, a download that does not answer 200.
/// Bounded: at most <see cref="PagesPerShape"/> URLs of one shape (digits and query values blanked)
/// and <see cref="MaxPages"/> pages in all, so lists with hundreds of rows are sampled, not walked.
/// </summary>
public sealed partial class SiteCrawler(HttpClient browser, string who)
{
    public int MaxPages { get; init; } = 150;
    public int PagesPerShape { get; init; } = 2;

    public List<string> Defects { get; } = [];
    public List<string> Visited { get; } = [];

    public async Task CrawlAsync(params string[] startUrls)
    {
        var queue = new Queue<(string Url, string From)>(startUrls.Select(u => (u, "(start)")));
        var seen = new HashSet<string>(startUrls);
        var shapes = new Dictionary<string, int>();
        while (queue.Count > 0 && Visited.Count < MaxPages)
        {
            var (url, from) = queue.Dequeue();
            var shape = Shape(url);
            if (shapes.GetValueOrDefault(shape) >= PagesPerShape) continue;
            shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
            Visited.Add(url);

            var (status, finalUrl, html, isDownload) = await GetAsync(url);
            if (!Check(url, from, status, finalUrl, html, isDownload) || html is null) continue;

            foreach (var (link, problem) in Links(html, finalUrl))
            {
                if (problem is not null) { Defects.Add($"{who}: {finalUrl}: {problem}"); continue; }
                if (link is not null && seen.Add(link)) queue.Enqueue((link, finalUrl));
            }
        }
    }

    private bool Check(string url, string from, HttpStatusCode status, string finalUrl, string? html, bool isDownload)
    {
        var where = $"{who}: {url} (linked from {from})";
        if ((int)status >= 500) { Defects.Add($"{where}: {(int)status}"); return false; }
        if (status != HttpStatusCode.OK) { Defects.Add($"{where}: {(int)status} at {finalUrl}"); return false; }
        if (finalUrl.StartsWith("/account/login", StringComparison.Ordinal)) { Defects.Add($"{where}: sends a signed-in user to sign in"); return false; }
        if (finalUrl.StartsWith("/account/denied", StringComparison.Ordinal)) { Defects.Add($"{where}: a link to a page this role may not use"); return false; }
        if (isDownload) return false;
        if (html is not null && ErrorPage().IsMatch(html)) { Defects.Add($"{where}: shows an error page"); return false; }
        return true;
    }

    private async Task<(HttpStatusCode Status, string FinalUrl, string? Html, bool IsDownload)> GetAsync(string url)
    {
        for (var hops = 0; ; hops++)
        {
            using var response = await browser.GetAsync(url);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect && hops < 5)
            {
                var location = response.Headers.Location!;
                url = location.IsAbsoluteUri ? location.PathAndQuery : new Uri(new Uri("http://site" + url), location).PathAndQuery;
                continue;
            }
            var isDownload = response.Content.Headers.ContentDisposition?.DispositionType == "attachment"
                             || response.Content.Headers.ContentType?.MediaType is not ("text/html" or null);
            var html = !isDownload && response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
            return (response.StatusCode, url, html, isDownload);
        }
    }

    /// <summary>Each link of the page, resolved to a same-site path and query; or what is wrong with it.</summary>
    private static IEnumerable<(string? Link, string? Problem)> Links(string html, string pageUrl)
    {
        var main = MainContent().Match(html) is { Success: true } m ? m.Value : html;
        foreach (Match anchor in Anchor().Matches(html))
        {
            var attributes = anchor.Groups["attrs"].Value;
            var href = Href().Match(attributes);
            if (!href.Success) continue; // an anchor without href is a placeholder, not a link
            yield return Resolve(WebUtility.HtmlDecode(href.Groups["v"].Value), pageUrl, $"<a{attributes}>");
        }
        foreach (Match form in Form().Matches(main))
        {
            var attributes = form.Groups["attrs"].Value;
            if (!GetMethod().IsMatch(attributes)) continue; // POST forms change data: not for a crawler
            var action = Action().Match(attributes) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups["v"].Value) : pageUrl;
            var (target, problem) = Resolve(action.Length == 0 ? pageUrl : action, pageUrl, $"<form{attributes}>");
            if (problem is not null || target is null) { yield return (target, problem); continue; }
            var fields = Field().Matches(form.Value).Select(f => (Name: WebUtility.HtmlDecode(f.Groups["name"].Value), Value: WebUtility.HtmlDecode(f.Groups["value"].Value)))
                .Where(f => f.Name.Length > 0 && f.Name != "__RequestVerificationToken").ToList();
            var query = string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));
            yield return (query.Length == 0 ? target : target.Split('?')[0] + "?" + query, null);
        }
    }

    private static (string? Link, string? Problem) Resolve(string href, string pageUrl, string element)
    {
        if (href.Trim().Length == 0) return (null, $"empty href in {element}");
        if (href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal)
            || href.StartsWith("webcal:", StringComparison.Ordinal)) return (null, null);
        if (href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return (null, $"javascript: link in {element}");
        if (!Uri.TryCreate(new Uri("http://site" + pageUrl), href, out var target)) return (null, $"unresolvable href \"{href}\" in {element}");
        if (target.Host != "site") return (null, null); // another site: not ours to check
        if (target.AbsolutePath.StartsWith("/css/", StringComparison.Ordinal) || target.AbsolutePath.StartsWith("/js/", StringComparison.Ordinal)) return (null, null);
        return (target.PathAndQuery, null);
    }

    /// <summary>The URL with digit runs and query values blanked: pages of one kind share a shape.</summary>
    private static string Shape(string url) => Digits().Replace(QueryValue().Replace(url, "="), "#");

    [GeneratedRegex(@"<a\b(?<attrs>[^>]*)>", RegexOptions.IgnoreCase)] private static partial Regex Anchor();
    [GeneratedRegex(@"\bhref\s*=\s*""(?<v>[^""]*)""", RegexOptions.IgnoreCase)] private static partial Regex Href();
    [GeneratedRegex(@"<form\b(?<attrs>[^>]*)>.*?</form>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex Form();
    [GeneratedRegex(@"\bmethod\s*=\s*""get""", RegexOptions.IgnoreCase)] private static partial Regex GetMethod();
    [GeneratedRegex(@"\baction\s*=\s*""(?<v>[^""]*)""", RegexOptions.IgnoreCase)] private static partial Regex Action();
    [GeneratedRegex(@"<(?:input|select)\b(?=[^>]*\bname\s*=\s*""(?<name>[^""]*)"")(?:(?=[^>]*\bvalue\s*=\s*""(?<value>[^""]*)""))?[^>]*>", RegexOptions.IgnoreCase)] private static partial Regex Field();
    [GeneratedRegex(@"<main\b.*</main>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex MainContent();
    [GeneratedRegex(@"<h1>\s*(出错了|找不到页面|Error|Page not found)\s*</h1>")] private static partial Regex ErrorPage();
    [GeneratedRegex(@"\d+")] private static partial Regex Digits();
    [GeneratedRegex(@"=[^&]*")] private static partial Regex QueryValue();
}
