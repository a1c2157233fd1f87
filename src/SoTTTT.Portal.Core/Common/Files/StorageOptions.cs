namespace SoTTTT.Portal.Core.Common.Files;

/// <summary>Section "Storage": where attachments are kept and how large one may be.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the stored files, relative to the content root unless absolute.</summary>
    public string FilesFolder { get; set; } = "App_Data/files";

    public int MaxFileSizeMb { get; set; } = 20;

    public long MaxFileSizeBytes => MaxFileSizeMb * 1024L * 1024L;
}
