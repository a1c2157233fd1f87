using System.IO.Compression;
using System.Text;

namespace SoTTTT.Portal.Core.Tests.Builders;

/// <summary>
/// Small but real files of each kind the portal accepts, and of the kinds it must refuse. Office
/// documents are built as the packages Word and Excel write: a ZIP with content types and a main part.
/// (Compiled into the integration tests too.)
/// </summary>
internal static class SampleFiles
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n" +
        "trailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A 1×1 JPEG (JFIF).</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////" +
        "wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    public static byte[] Docx(bool withMacros = false)
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = ContentTypes(withMacros
                ? "application/vnd.ms-word.document.macroEnabled.main+xml"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml"),
            ["_rels/.rels"] = Relationships("word/document.xml"),
            ["word/document.xml"] =
                """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>V/v thông báo cảnh giác</w:t></w:r></w:p></w:body></w:document>""",
        };
        if (withMacros)
            parts["word/vbaProject.bin"] = "macros";
        return Zip(parts);
    }

    public static byte[] Xlsx() => Zip(new Dictionary<string, string>
    {
        ["[Content_Types].xml"] = ContentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "/xl/workbook.xml"),
        ["_rels/.rels"] = Relationships("xl/workbook.xml"),
        ["xl/workbook.xml"] =
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>""",
        ["xl/worksheets/sheet1.xml"] =
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>""",
    });

    /// <summary>
    /// A real DOCX or XLSX package with one more part of <paramref name="zeroBytes"/> zeros: a few
    /// hundred kilobytes that expand to the size given (a decompression bomb).
    /// </summary>
    public static byte[] OfficeBomb(bool workbook, long zeroBytes)
    {
        using var buffer = Expandable(workbook ? Xlsx() : Docx());
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(workbook ? "xl/media/padding.bin" : "word/media/padding.bin", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < zeroBytes; written += zeros.Length)
                entry.Write(zeros, 0, (int)Math.Min(zeros.Length, zeroBytes - written));
        }
        return buffer.ToArray();
    }

    /// <summary>A real DOCX or XLSX package with <paramref name="extraParts"/> more tiny parts.</summary>
    public static byte[] OfficeWithManyParts(bool workbook, int extraParts)
    {
        using var buffer = Expandable(workbook ? Xlsx() : Docx());
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < extraParts; i++)
                zip.CreateEntry($"customXml/item{i}.xml", CompressionLevel.NoCompression);
        }
        return buffer.ToArray();
    }

    private static MemoryStream Expandable(byte[] package)
    {
        var stream = new MemoryStream();
        stream.Write(package);
        stream.Position = 0;
        return stream;
    }

    /// <summary>A ZIP that is not an Office document.</summary>
    public static byte[] PlainZip() => Zip(new Dictionary<string, string> { ["readme.txt"] = "Xin chào" });

    /// <summary>The start of a Windows executable: "MZ", then the DOS stub.</summary>
    public static byte[] WindowsExecutable()
    {
        var bytes = new byte[256];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        bytes[2] = 0x90;
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(bytes, 78);
        return bytes;
    }

    /// <summary>An old binary Office (OLE compound) file, as a .doc is.</summary>
    public static byte[] OleDocument()
    {
        var bytes = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] Text() => Encoding.UTF8.GetBytes("Kính gửi: Các doanh nghiệp viễn thông trên địa bàn tỉnh");

    /// <summary>A ZIP signature followed by garbage.</summary>
    public static byte[] BrokenZip() => [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    private static string ContentTypes(string mainContentType, string mainPart) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="{mainPart}" ContentType="{mainContentType}"/></Types>""";

    private static string Relationships(string mainPart) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{mainPart}"/></Relationships>""";

    private static byte[] Zip(Dictionary<string, string> parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return buffer.ToArray();
    }
}
