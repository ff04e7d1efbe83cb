using Microsoft.AspNetCore.Http;
using Modular.Sdk.Web;

namespace Modular.Tests.Sdk;

/// <summary>The list links every paged table uses: page links and column headings keep the reader's filters.</summary>
public sealed class PagerTests
{
    private enum Column { Name, Joined }

    private static HttpRequest Request(string pathAndQuery)
    {
        var context = new DefaultHttpContext();
        var parts = pathAndQuery.Split('?', 2);
        context.Request.Path = parts[0];
        if (parts.Length > 1) context.Request.QueryString = new QueryString("?" + parts[1]);
        return context.Request;
    }

    private static string Html(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void A_column_heading_sorts_by_it_then_the_other_way_and_keeps_the_filters_but_not_the_page()
    {
        var request = Request("/j/x/people?name=%E5%BC%A0&page=3&sort=Name&handler=Export");

        // Another column: sorted ascending by it, plain heading, filters kept, page and handler dropped.
        var other = Html(Pager.SortHeading(request, Column.Joined, "入党时间", Column.Name, desc: false));
        Assert.Equal("<a class=\"sort\" href=\"/j/x/people?name=%E5%BC%A0&amp;sort=Joined\">入党时间</a>", other);

        // The sorting column: marked, and its link turns the order round.
        var active = Html(Pager.SortHeading(request, Column.Name, "姓名", Column.Name, desc: false));
        Assert.Equal("<a class=\"sort active\" href=\"/j/x/people?name=%E5%BC%A0&amp;sort=Name&amp;desc=true\">姓名 ↑</a>", active);
        var descending = Html(Pager.SortHeading(Request("/j/x/people?sort=Name&desc=true"), Column.Name, "姓名", Column.Name, desc: true));
        Assert.Equal("<a class=\"sort active\" href=\"/j/x/people?sort=Name\">姓名 ↓</a>", descending);

        // A label is text, never markup.
        Assert.Contains("&lt;b&gt;", Html(Pager.SortHeading(request, Column.Joined, "<b>", Column.Name, desc: false)));
    }

    [Fact]
    public void Page_links_keep_every_other_query_value()
    {
        var pager = Pager.For(Request("/j/x/people?name=a&sort=Joined&page=2"), 2, 5, 230);
        Assert.Equal("/j/x/people?name=a&sort=Joined&page=3", pager.Link(3));
    }
}
