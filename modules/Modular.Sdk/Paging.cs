using Microsoft.EntityFrameworkCore;

namespace Modular.Sdk;

/// <summary>
/// Which page of a list an API call asks for (<c>?page=&amp;pageSize=</c>): pages count from 1, a page holds
/// <see cref="DefaultSize"/> items unless asked otherwise and never more than <see cref="MaxSize"/>. Values out of
/// range are brought into range rather than refused (page 0 is page 1, pageSize 100000 is 500), so no list answer
/// is ever unbounded.
/// </summary>
public sealed record PageRequest
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public PageRequest(int? page = null, int? pageSize = null)
    {
        Page = Math.Max(page ?? 1, 1);
        PageSize = Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize);
    }

    public int Page { get; }
    public int PageSize { get; }

    /// <summary>How many items come before this page (a page far beyond the end skips everything).</summary>
    public int Skip => (int)Math.Min((long)(Page - 1) * PageSize, int.MaxValue);
}

/// <summary>One page of a list and how many items the whole list has: what every list endpoint of the API answers.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => (Total + PageSize - 1) / PageSize;
    public bool HasNextPage => Page < PageCount;

    public ListPage<TOut> Map<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Total, Page, PageSize);
}

public static class ListPage
{
    /// <summary>A page of a list already in memory (a tree read whole, a short list).</summary>
    public static ListPage<T> Of<T>(IReadOnlyList<T> all, PageRequest request) =>
        new([.. all.Skip(request.Skip).Take(request.PageSize)], all.Count, request.Page, request.PageSize);

    /// <summary>A page of an ordered query, read in the database: one count and one page of rows.</summary>
    public static async Task<ListPage<T>> ToListPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken ct = default)
    {
        var total = await ordered.CountAsync(ct);
        var items = total <= request.Skip ? [] : await ordered.Skip(request.Skip).Take(request.PageSize).ToListAsync(ct);
        return new(items, total, request.Page, request.PageSize);
    }
}
