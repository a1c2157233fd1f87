namespace SoTTTT.Portal.Core.Domain.Documents;

public enum RegisterKind
{
    /// <summary>Sổ văn bản đến.</summary>
    Incoming = 0,
    /// <summary>Sổ văn bản đi.</summary>
    Outgoing = 1,
}

/// <summary>
/// The last number given in one register in one calendar year. Numbers start from 1 on
/// 1 January and are never reused; the row is incremented atomically inside the issuing
/// transaction, so concurrent issuances queue on it instead of colliding.
/// </summary>
public sealed class RegisterCounter
{
    public RegisterCounter(RegisterKind kind, int year, int lastNumber)
    {
        Kind = kind;
        Year = year;
        LastNumber = lastNumber;
    }

    public RegisterKind Kind { get; private set; }
    public int Year { get; private set; }
    public int LastNumber { get; private set; }
}
