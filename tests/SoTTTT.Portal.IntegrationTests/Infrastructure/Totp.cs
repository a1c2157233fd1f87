using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SoTTTT.Portal.IntegrationTests.Infrastructure;

/// <summary>
/// The codes an authenticator app shows (RFC 6238: HMAC-SHA1 over 30-second steps, 6 digits), computed from a Base32
/// key such as the demo accounts' DemoData:AuthenticatorKey.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; the tests compute what the apps compute.
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Now(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    private static byte[] FromBase32(string key)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in key.ToUpperInvariant())
        {
            if (c is ' ' or '=')
                continue;
            var index = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
                throw new ArgumentException($"'{c}' is not a Base32 letter.", nameof(key));
            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
