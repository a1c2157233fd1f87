using QRCoder;

namespace SoTTTT.Portal.Web.Components.Account;

/// <summary>The otpauth:// address of an authenticator key, drawn server-side as an SVG QR code (no script, no outside service).</summary>
internal static class AuthenticatorQrCode
{
    /// <summary>The Key Uri Format of authenticator apps: TOTP, SHA-1, 6 digits, 30 seconds (their defaults).</summary>
    public static string OtpAuthUri(string issuer, string userName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";

    /// <summary>An image address (data: is allowed by the portal's img-src) of the QR code of <paramref name="text"/>.</summary>
    public static string SvgDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
