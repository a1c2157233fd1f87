using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SoTTTT.Portal.Core.Domain.Audit;

/// <summary>
/// One line of the audit log (nhật ký hệ thống): who did what, when, from where. Entries form a
/// chain: each carries the hash of the one before it and a hash of its own fields, so an edited or
/// removed entry breaks the chain at a place <see cref="AuditChain"/> can name. Append-only: nothing
/// in the portal changes or deletes an entry (the DbContext refuses to).
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 200;
    public const int UserNameMaxLength = 256;
    public const int EntityTypeMaxLength = 200;
    public const int EntityIdMaxLength = 100;
    public const int ClientAddressMaxLength = 64;
    public const int HashLength = 64;

    /// <summary>The predecessor of the first entry.</summary>
    public static readonly string GenesisHash = new('0', HashLength);

    private AuditEntry()
    {
    }

    /// <summary>1, 2, 3 … without gaps: a missing number is a removed entry.</summary>
    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    /// <summary>Null for the system (a scheduled job) or a visitor not signed in.</summary>
    public string? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public Guid? UnitId { get; private set; }
    /// <summary>The command's type name (e.g. IssueOutgoingDocumentCommand) or a <see cref="SecurityEventKind"/>.</summary>
    public string Action { get; private set; } = "";
    public string? EntityType { get; private set; }
    public string? EntityId { get; private set; }
    /// <summary>Compact JSON: the command's input without secrets or file contents, its result and the changed values.</summary>
    public string Summary { get; private set; } = "";
    public string? ClientAddress { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    /// <summary>The entry that follows <paramref name="previous"/> (null for the first entry of the log).</summary>
    public static AuditEntry After(AuditLink? previous, AuditRecord record)
    {
        var entry = new AuditEntry
        {
            Id = (previous?.Id ?? 0) + 1,
            AtUtc = record.AtUtc,
            UserId = record.UserId,
            UserName = Truncate(record.UserName, UserNameMaxLength),
            UnitId = record.UnitId,
            Action = Truncate(record.Action, ActionMaxLength),
            EntityType = record.EntityType is null ? null : Truncate(record.EntityType, EntityTypeMaxLength),
            EntityId = record.EntityId is null ? null : Truncate(record.EntityId, EntityIdMaxLength),
            Summary = record.Summary,
            ClientAddress = record.ClientAddress is null ? null : Truncate(record.ClientAddress, ClientAddressMaxLength),
            PreviousHash = previous?.Hash ?? GenesisHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>
    /// SHA-256 (hex) of every field and the predecessor's hash, each written with its length so
    /// that no two different entries share a canonical text.
    /// </summary>
    public string ComputeHash()
    {
        var canonical = new StringBuilder();
        Append(canonical, Id.ToString(CultureInfo.InvariantCulture));
        Append(canonical, AtUtc.Ticks.ToString(CultureInfo.InvariantCulture));
        Append(canonical, UserId);
        Append(canonical, UserName);
        Append(canonical, UnitId?.ToString("D"));
        Append(canonical, Action);
        Append(canonical, EntityType);
        Append(canonical, EntityId);
        Append(canonical, Summary);
        Append(canonical, ClientAddress);
        Append(canonical, PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static void Append(StringBuilder canonical, string? value)
    {
        if (value is null)
        {
            canonical.Append("-1:;");
            return;
        }
        canonical.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

/// <summary>What the next entry needs of the last one.</summary>
public sealed record AuditLink(long Id, string Hash);

/// <summary>The fields of an entry before it is chained.</summary>
public sealed record AuditRecord(
    DateTime AtUtc,
    string? UserId,
    string UserName,
    Guid? UnitId,
    string Action,
    string? EntityType,
    string? EntityId,
    string Summary,
    string? ClientAddress);

/// <summary>Security events of the account pages, logged in the same chain as commands.</summary>
public enum SecurityEventKind
{
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    TwoFactorSucceeded,
    TwoFactorFailed,
    RecoveryCodeUsed,
    TwoFactorEnabled,
    TwoFactorDisabled,
    PasswordChanged,
}
