using System.Text.Json;

namespace SoTTTT.Portal.EndToEndTests.Infrastructure;

/// <summary>The folder holding SoTTTT.Portal.sln, appsettings.json and wwwroot/: the portal's content root.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The one demo password, as the Development settings give it (DESIGN §7).</summary>
    public static string DemoPassword()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(Path, "appsettings.Development.json")));
        return settings.RootElement.GetProperty("DemoData").GetProperty("Password").GetString()
            ?? throw new InvalidOperationException("appsettings.Development.json has no DemoData:Password.");
    }

    /// <summary>The authenticator key of the demo Admin and Leader (DemoData:AuthenticatorKey of the Development settings).</summary>
    public static string DemoAuthenticatorKey()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(Path, "appsettings.Development.json")));
        return settings.RootElement.GetProperty("DemoData").GetProperty("AuthenticatorKey").GetString()
            ?? throw new InvalidOperationException("appsettings.Development.json has no DemoData:AuthenticatorKey.");
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "SoTTTT.Portal.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No SoTTTT.Portal.sln above {AppContext.BaseDirectory}.");
    }
}
