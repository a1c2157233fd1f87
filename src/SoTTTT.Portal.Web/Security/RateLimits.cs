using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace SoTTTT.Portal.Web.Security;

/// <summary>Configuration section RateLimits: how many attempts one client may make per minute.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts (POST /Account/Login and the two-factor code pages) per client IP address and minute.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>File uploads per signed-in user and minute.</summary>
    public int UploadsPerMinute { get; set; } = 30;
}

/// <summary>
/// Rate limits on what an attacker repeats: password guessing through the sign-in form (per client
/// address, so one guesser cannot lock out a whole office behind one address for long: lockout per
/// account already stops guessing one account). Rejected requests get 429 and a Vietnamese page.
/// </summary>
public static class RateLimits
{
    public const string SignInPath = "/Account/Login";

    // The second step of a sign-in is guessed like the first: the code pages share its limit.
    private static readonly string[] SignInPaths = [SignInPath, "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode"];

    // Escapes markup, not Vietnamese letters.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignIn(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        "sign-in:" + (context.Connection.RemoteIpAddress ?? IPAddress.None),
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = options.SignInPerMinute,
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = (context, cancellationToken) => WriteTooManyRequestsAsync(context.HttpContext, cancellationToken);
        });
        return services;
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && SignInPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));

    /// <summary>429 with a short page in the visitor's language (Vietnamese unless they chose otherwise).</summary>
    private static async ValueTask WriteTooManyRequestsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "60";
        context.Response.ContentType = "text/html; charset=utf-8";
        var title = Html.Encode(l["Quá nhiều yêu cầu"]);
        var message = Html.Encode(l["Bạn đã thử quá nhiều lần trong thời gian ngắn. Hãy đợi một phút rồi thử lại."]);
        var home = Html.Encode(l["Về trang chủ"]);
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8" /><title>{title}</title></head>
            <body><h1>{title}</h1><p>{message}</p><p><a href="/">{home}</a></p></body></html>
            """, cancellationToken);
    }
}
