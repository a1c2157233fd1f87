namespace SoTTTT.Portal.Core.Domain;

/// <summary>
/// A business rule refused the change. <see cref="Field"/> names the input at fault, when one is,
/// so the form can show the message under it. The message is a resource key (Vietnamese text).
/// </summary>
public sealed class DomainRuleException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
