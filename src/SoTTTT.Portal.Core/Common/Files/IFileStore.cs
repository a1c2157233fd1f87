namespace SoTTTT.Portal.Core.Common.Files;

/// <summary>
/// The portal's one file store. A file is first staged — copied aside while its size and SHA-256 are
/// computed — so that its content can be checked before anything is kept; only
/// <see cref="IStagedFile.Keep"/> puts it in place under its generated name.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Copies <paramref name="content"/> to a staging file, reading at most one byte beyond
    /// <paramref name="maxBytes"/>. Disposing the staged file without keeping it deletes it.
    /// </summary>
    Task<IStagedFile> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Opens a kept file for reading; <see cref="FileNotFoundException"/> when it is not there.</summary>
    Stream OpenRead(string storedFileName);

    /// <summary>Deletes a kept file; nothing happens when it is already gone.</summary>
    void Delete(string storedFileName);
}

/// <summary>A file copied aside, not yet kept.</summary>
public interface IStagedFile : IAsyncDisposable
{
    /// <summary>The generated name the file will be kept under; never derived from the user's name.</summary>
    string StoredFileName { get; }

    /// <summary>Bytes read, up to one beyond the limit.</summary>
    long SizeBytes { get; }

    /// <summary>Lower-case hex SHA-256 of the content (meaningless when <see cref="ExceedsLimit"/>).</summary>
    string Sha256 { get; }

    /// <summary>The content was longer than the limit; reading stopped there.</summary>
    bool ExceedsLimit { get; }

    /// <summary>Reads the staged content, for checks before it is kept.</summary>
    Stream OpenRead();

    /// <summary>Moves the staged file into place under <see cref="StoredFileName"/>.</summary>
    void Keep();
}
