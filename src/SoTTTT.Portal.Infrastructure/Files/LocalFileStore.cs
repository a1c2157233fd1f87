using System.Buffers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common.Files;

namespace SoTTTT.Portal.Infrastructure.Files;

/// <summary>
/// Keeps files in a folder on disk (Storage:FilesFolder), each under a random 32-hex-digit name in a
/// subfolder named by its first two digits, so no folder grows past a few thousand files. Staging
/// files sit in the same folder, so keeping one is a rename on the same volume.
/// </summary>
public sealed partial class LocalFileStore : IFileStore
{
    private const int BufferSize = 81920;
    private const string StagingPrefix = ".staging-";

    public LocalFileStore(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        RootFolder = Path.GetFullPath(options.Value.FilesFolder, environment.ContentRootPath);
        Directory.CreateDirectory(RootFolder);
    }

    public string RootFolder { get; }

    public async Task<IStagedFile> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var storedFileName = Guid.NewGuid().ToString("N");
        var stagingPath = Path.Combine(RootFolder, $"{StagingPrefix}{storedFileName}.tmp");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long total = 0;
            await using (var staging = new FileStream(stagingPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                int read;
                // Never reads more than one byte past the limit, whatever length the sender declared.
                while ((read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, maxBytes + 1 - total)), cancellationToken)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                        break;
                    hash.AppendData(buffer, 0, read);
                    await staging.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (total > maxBytes)
            {
                File.Delete(stagingPath);
                return new StagedFile(this, storedFileName, stagingPath: null, total, "");
            }
            return new StagedFile(this, storedFileName, stagingPath, total, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(stagingPath);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public Stream OpenRead(string storedFileName)
    {
        var path = PathOf(storedFileName);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (DirectoryNotFoundException)
        {
            throw new FileNotFoundException("The stored file is not there.", storedFileName);
        }
    }

    public void Delete(string storedFileName) => File.Delete(PathOf(storedFileName));

    /// <summary>Where a kept file lives. Only names this store generates are accepted, so no path leaves the folder.</summary>
    public string PathOf(string storedFileName)
    {
        if (!StoredName().IsMatch(storedFileName))
            throw new ArgumentException("Not a stored file name.", nameof(storedFileName));
        return Path.Combine(RootFolder, storedFileName[..2], storedFileName);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex StoredName();

    private sealed class StagedFile(LocalFileStore store, string storedFileName, string? stagingPath, long sizeBytes, string sha256) : IStagedFile
    {
        private bool _kept;

        public string StoredFileName { get; } = storedFileName;
        public long SizeBytes { get; } = sizeBytes;
        public string Sha256 { get; } = sha256;
        public bool ExceedsLimit => stagingPath is null;

        public Stream OpenRead() =>
            new FileStream(Staged(), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous);

        public void Keep()
        {
            var target = store.PathOf(StoredFileName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Staged(), target, overwrite: false);
            _kept = true;
        }

        public ValueTask DisposeAsync()
        {
            if (!_kept && stagingPath is not null)
                File.Delete(stagingPath);
            return ValueTask.CompletedTask;
        }

        private string Staged() =>
            _kept || stagingPath is null
                ? throw new InvalidOperationException("The file is no longer staged.")
                : stagingPath;
    }
}
