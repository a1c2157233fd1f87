using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace SoTTTT.Portal.Infrastructure.Identity.CommonPasswords;

/// <summary>
/// Refuses a password found among the 10,000 most common ones (ignoring case) or one that contains
/// the user's own user name: the two guesses an attacker tries first. No composition rules besides
/// the length (NIST SP 800-63B, OWASP ASVS 5.0 §6.2).
/// </summary>
public sealed class CommonPasswordValidator(PortalIdentityErrorDescriber errors) : IPasswordValidator<PortalUser>
{
    private const string ResourceName = "SoTTTT.Portal.Identity.CommonPasswords.txt";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    /// <summary>The shipped list, read once per process.</summary>
    public static IReadOnlySet<string> Passwords => List.Value;

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
            return Task.FromResult(IdentityResult.Success);

        var failures = new List<IdentityError>();
        if (List.Value.Contains(password))
            failures.Add(errors.PasswordTooCommon());
        if (!string.IsNullOrWhiteSpace(user.UserName) && password.Contains(user.UserName.Trim(), StringComparison.OrdinalIgnoreCase))
            failures.Add(errors.PasswordContainsUserName());
        return Task.FromResult(failures.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. failures]));
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
                passwords.Add(line);
        }
        return passwords;
    }
}
