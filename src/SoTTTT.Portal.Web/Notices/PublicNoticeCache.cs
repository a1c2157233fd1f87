using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using SoTTTT.Portal.Core.Features.Notices;

namespace SoTTTT.Portal.Web.Notices;

/// <summary>
/// The citizens' pages (/canh-bao and each notice) are the same for every anonymous visitor: the portal
/// keeps their rendered HTML (output caching) per address, page number and language, and drops it the
/// moment a notice is published, edited, withdrawn or put back. Signed-in users, responses that set a
/// cookie and anything but 200 are never cached (the framework's default policy). The expiry only bounds
/// the rare copy rendered from before a change but stored just after its eviction.
/// docs/performance.md, "HTTP load (wrk)".
/// </summary>
public static class PublicNoticeCache
{
    public const string PolicyName = "PublicNotices";
    public const string Tag = "public-notices";
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddPublicNoticeCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(PolicyName, policy => policy
            .Expire(Expiry)
            .SetVaryByQuery("trang")
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
            .Tag(Tag)));

    /// <summary>
    /// A page rendered where interactive render modes are configured persists an antiforgery token for
    /// interactive components, which stores a cookie and sets "no-store" on every response: no cache keeps
    /// that. The cached pages have no form and no interactive component, so for an anonymous visitor their
    /// token is made without being stored (no cookie, no "no-store"); every other request is unchanged.
    /// Call after every other registration.
    /// </summary>
    public static IServiceCollection AddCacheablePublicPages(this IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        var implementation = original.ImplementationType
            ?? throw new InvalidOperationException("The antiforgery service is expected to be registered by type.");
        services.Remove(original);
        services.Add(new ServiceDescriptor(implementation, implementation, original.Lifetime));
        services.Add(new ServiceDescriptor(typeof(IAntiforgery),
            sp => new PublicPageAntiforgery((IAntiforgery)sp.GetRequiredService(implementation)), original.Lifetime));
        return services;
    }

    /// <summary>
    /// Whether this request's page may be served from the cache. Such a page carries no per-response
    /// value: in particular no CSP nonce, which the header of a later response would contradict.
    /// </summary>
    public static bool Serves(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: PolicyName };
}

/// <summary>After a change to the published notices is saved, the cached public pages go.</summary>
public sealed class PublicNoticeCacheEviction<TMessage, TResponse>(IOutputCacheStore cache) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IChangesPublishedNotices
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        // Not the caller's token: once the change is saved, the eviction must happen.
        await cache.EvictByTagAsync(PublicNoticeCache.Tag, CancellationToken.None);
        return response;
    }
}

/// <summary>The portal's antiforgery, except that an anonymous visitor's cached public page stores no token.</summary>
internal sealed class PublicPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        PublicNoticeCache.Serves(httpContext) && httpContext.User.Identity?.IsAuthenticated != true
            ? inner.GetTokens(httpContext)
            : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
}
