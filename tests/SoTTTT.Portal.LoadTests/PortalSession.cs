using System.Net;
using System.Text.RegularExpressions;

namespace SoTTTT.Portal.LoadTests;

/// <summary>
/// A signed-in browser session: cookies kept by hand (the portal's Production cookies are Secure and
/// __Host-, and the run talks plain HTTP to Kestrel as a TLS-terminating reverse proxy would, sending
/// X-Forwarded-Proto: https, which the portal trusts from loopback).
/// </summary>
public sealed partial class PortalSession : IDisposable
{
    private readonly Dictionary<string, string> _cookies = [];
    private readonly HttpClient _http;

    public PortalSession(Uri baseUri, HttpMessageHandler handler)
    {
        BaseUri = baseUri;
        _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(120) };
    }

    public Uri BaseUri { get; }
    public string UserName { get; private set; } = "";

    public string CookieHeader
    {
        get
        {
            lock (_cookies)
                return string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));
        }
    }

    public async Task SignInAsync(string userName, string password, CancellationToken ct)
    {
        UserName = userName;
        var page = await GetStringAsync("/Account/Login", ct);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/Account/Login") { Content = form }, ct);
        if (response.StatusCode != HttpStatusCode.Redirect || !_cookies.Keys.Any(k => k.EndsWith("SoTTTT.Auth", StringComparison.Ordinal)))
            throw new InvalidOperationException($"Signing in as {userName} failed: {(int)response.StatusCode}.");
    }

    public async Task<string> GetStringAsync(string path, CancellationToken ct)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync(ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        request.Headers.Add("X-Forwarded-Proto", "https");
        var cookies = CookieHeader;
        if (cookies.Length > 0)
            request.Headers.Add("Cookie", cookies);
        var response = await _http.SendAsync(request, ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            lock (_cookies)
            {
                foreach (var setCookie in setCookies)
                {
                    var pair = setCookie.Split(';', 2)[0];
                    var equals = pair.IndexOf('=');
                    if (equals <= 0)
                        continue;
                    var (name, value) = (pair[..equals], pair[(equals + 1)..]);
                    if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                        _cookies.Remove(name);
                    else
                        _cookies[name] = value;
                }
            }
        }
        return response;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
