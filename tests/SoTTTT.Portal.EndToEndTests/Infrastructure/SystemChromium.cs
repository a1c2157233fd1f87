namespace SoTTTT.Portal.EndToEndTests.Infrastructure;

/// <summary>
/// The browser is the machine's own Chromium (Debian's package here); Playwright never downloads
/// one. PLAYWRIGHT_CHROMIUM_EXECUTABLE points elsewhere when it lives somewhere else.
/// </summary>
internal static class SystemChromium
{
    public const string EnvironmentVariable = "PLAYWRIGHT_CHROMIUM_EXECUTABLE";
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Flags for a quiet, headless run in a container: no sandbox, GPU, updates or phoning home.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    /// <summary>The executable, or null with the reason it was not found.</summary>
    public static string? Find(out string reason)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (File.Exists(path))
        {
            reason = "";
            return path;
        }

        reason = string.IsNullOrWhiteSpace(configured)
            ? $"No Chromium at {DefaultPath}. Install Debian's 'chromium' package or set {EnvironmentVariable} to a Chromium executable."
            : $"{EnvironmentVariable} is '{configured}', but no file is there.";
        return null;
    }
}
