using System.Security.Cryptography;

namespace SoTTTT.Portal.Web.Security;

/// <summary>
/// Security headers on every response the portal sends: pages, static files, endpoints, error and
/// status pages (set when the response starts, so the exception handler's clearing of headers does
/// not remove them). See docs/security.md.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "SoTTTT.CspNonce";

    /// <summary>
    /// The Content-Security-Policy for a response whose inline script (Blazor's import map) carries
    /// <paramref name="nonce"/>. Blazor Server needs no eval; MudBlazor sets inline style attributes,
    /// hence 'unsafe-inline' for styles only. SignalR's WebSocket is same-origin, covered by 'self'.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "frame-ancestors 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "object-src 'none'";

    /// <summary>This request's CSP nonce, for the few inline scripts the framework writes (the import map).</summary>
    public static string CspNonce(this HttpContext context) =>
        context.Items.TryGetValue(NonceKey, out var nonce) && nonce is string value ? value : "";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // 128 random bits, in hex: nothing in it for HTML to escape.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
