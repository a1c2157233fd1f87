using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SoTTTT.Portal.Web.Security;

/// <summary>
/// TLS ends at the reverse proxy: the portal takes the scheme and the client's address from its
/// X-Forwarded-Proto and X-Forwarded-For, from trusted proxies only (loopback, and the addresses in
/// ReverseProxy:KnownProxies). Secure cookies, HSTS and the per-address sign-in limit depend on it.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddPortalReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var knownProxies = configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in knownProxies)
                options.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        return services;
    }
}
