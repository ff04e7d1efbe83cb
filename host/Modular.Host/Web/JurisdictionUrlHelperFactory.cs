using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;

namespace Modular.Host.Web;

/// <summary>
/// Keeps the request's <c>{jurisdiction}</c> in links and redirects made by pages (<c>asp-page</c>,
/// <c>Url.Page</c>, <c>RedirectToPage</c>), the host's and every plugin's.
/// <para>Endpoint routing drops ambient values as soon as a link targets another page, so a page at
/// <c>/j/{jurisdiction}/{plugin}/...</c> linking to a sibling page would get no URL at all (an empty
/// href, or "No page named ... matches" on redirect). When a link cannot be made, this helper tries
/// once more with the current jurisdiction added; a link that works without it is left alone, so a
/// link to a page outside any jurisdiction never gains a stray query value, and an explicit
/// jurisdiction is never replaced.</para>
/// </summary>
public sealed class JurisdictionUrlHelperFactory(IUrlHelperFactory inner) : IUrlHelperFactory
{
    public IUrlHelper GetUrlHelper(ActionContext context)
    {
        var helper = inner.GetUrlHelper(context);
        return context.RouteData.Values.TryGetValue(JurisdictionRouting.RouteKey, out var code) && code is string
            ? new JurisdictionUrlHelper(helper, code)
            : helper;
    }

    private sealed class JurisdictionUrlHelper(IUrlHelper inner, object jurisdiction) : IUrlHelper
    {
        public ActionContext ActionContext => inner.ActionContext;
        public string? Content(string? contentPath) => inner.Content(contentPath);
        public bool IsLocalUrl(string? url) => inner.IsLocalUrl(url);
        public string? Link(string? routeName, object? values) => inner.Link(routeName, values) ?? inner.Link(routeName, WithJurisdiction(values));

        public string? Action(UrlActionContext actionContext) =>
            inner.Action(actionContext) ?? inner.Action(new UrlActionContext
            {
                Action = actionContext.Action, Controller = actionContext.Controller, Values = WithJurisdiction(actionContext.Values),
                Protocol = actionContext.Protocol, Host = actionContext.Host, Fragment = actionContext.Fragment,
            });

        public string? RouteUrl(UrlRouteContext routeContext) =>
            inner.RouteUrl(routeContext) ?? inner.RouteUrl(new UrlRouteContext
            {
                RouteName = routeContext.RouteName, Values = WithJurisdiction(routeContext.Values),
                Protocol = routeContext.Protocol, Host = routeContext.Host, Fragment = routeContext.Fragment,
            });

        private RouteValueDictionary WithJurisdiction(object? values)
        {
            var withCode = new RouteValueDictionary(values);
            withCode.TryAdd(JurisdictionRouting.RouteKey, jurisdiction);
            return withCode;
        }
    }
}
