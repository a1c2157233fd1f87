using System.Security.Cryptography;

namespace SoTTTT.Portal.Core.Features.Users;

/// <summary>
/// A password the server chooses for a new or reset account; it is shown once to the administrator and the
/// user replaces it at the first sign-in. No look-alike characters (0/O, 1/l/I), since it is read aloud or copied by hand.
/// </summary>
public static class TemporaryPassword
{
    private const string Letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const int GroupLength = 4;

    /// <summary>Four groups of four, e.g. "Kq7m-Xa3t-…": 16 random characters, well above the length policy.</summary>
    public static string New()
    {
        var alphabet = Letters + Digits;
        var groups = Enumerable.Range(0, 4).Select(_ =>
            new string(Enumerable.Range(0, GroupLength).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray()));
        // One digit is always present, whatever the random letters were.
        return string.Join('-', groups) + Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
    }
}
