using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace SoTTTT.Portal.Core.Common.Paging;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;

    /// <summary>The same page with each item turned into another shape (work SQL cannot do).</summary>
    public PagedResult<TOther> Map<TOther>(Func<T, TOther> map) => new(Items.Select(map).ToList(), TotalCount, Page, PageSize);
}

public static class Paging
{
    /// <summary>
    /// Counts the filtered rows and reads one page of the ordered query, both in SQL; the page and
    /// its size are clamped, so no request reads a whole table.
    /// </summary>
    public static Task<PagedResult<T>> PageAsync<TSource, T>(
        this IQueryable<TSource> filtered,
        Func<IQueryable<TSource>, IOrderedQueryable<TSource>> order,
        int page,
        int pageSize,
        Expression<Func<TSource, T>> select,
        CancellationToken cancellationToken)
        => filtered.PageAsync(filtered, order, page, pageSize, select, cancellationToken);

    /// <summary>
    /// As <see cref="PageAsync{TSource, T}(IQueryable{TSource}, Func{IQueryable{TSource}, IOrderedQueryable{TSource}}, int, int, Expression{Func{TSource, T}}, CancellationToken)"/>,
    /// with the total counted by <paramref name="counted"/>: the same rows without the joins that never drop one
    /// (to a required parent), so the count reads one index instead of joining every row.
    /// </summary>
    public static async Task<PagedResult<T>> PageAsync<TSource, TCounted, T>(
        this IQueryable<TSource> filtered,
        IQueryable<TCounted> counted,
        Func<IQueryable<TSource>, IOrderedQueryable<TSource>> order,
        int page,
        int pageSize,
        Expression<Func<TSource, T>> select,
        CancellationToken cancellationToken)
    {
        var total = await counted.CountAsync(cancellationToken);
        var size = Clamp(pageSize);
        var number = ClampPage(page);
        var items = await order(filtered).Skip((number - 1) * size).Take(size).Select(select).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, total, number, size);
    }

    public const int MaxPageSize = 200;

    public static int Clamp(int pageSize) => Math.Clamp(pageSize, 1, MaxPageSize);

    public static int ClampPage(int page) => Math.Max(page, 1);
}
