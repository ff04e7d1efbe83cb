using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Modular.Sdk.Web;

/// <summary>
/// Gives every <c>&lt;form method="post"&gt;</c> a one-time key (hidden field <see cref="FieldName"/>),
/// new at each rendering of the page. The host lets the first post with a key through and sends a
/// repeat of it (a double click, a resent POST) where the first one went, so no form creates the
/// same thing twice. Pages pick it up with <c>@addTagHelper *, Modular.Sdk</c> in their
/// <c>_ViewImports.cshtml</c>; <c>data-repeatable</c> on a form leaves it without a key.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class OneTimeFormKeyTagHelper : TagHelper
{
    public const string FieldName = "submissionKey";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var method = output.Attributes["method"]?.Value?.ToString();
        if (!string.Equals(method, "post", StringComparison.OrdinalIgnoreCase) || output.Attributes.ContainsName("data-repeatable")) return;
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{FieldName}\" value=\"{Guid.NewGuid():N}\" />");
    }
}
