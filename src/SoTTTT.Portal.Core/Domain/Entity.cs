namespace SoTTTT.Portal.Core.Domain;

/// <summary>An entity identified by a time-ordered GUID, so ids reveal nothing and index well.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}

/// <summary>
/// An entity people edit. <see cref="Version"/> is an app-managed concurrency token, renewed on
/// every save, because SQLite cannot generate one; the second of two concurrent saves fails.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
