namespace SoTTTT.Portal.Core.Common.Paging;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

public static class Paging
{
    public const int MaxPageSize = 200;

    public static int Clamp(int pageSize) => Math.Clamp(pageSize, 1, MaxPageSize);

    public static int ClampPage(int page) => Math.Max(page, 1);
}
