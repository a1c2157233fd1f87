using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Domain.Attachments;
using SoTTTT.Portal.Core.Tests.Builders;

namespace SoTTTT.Portal.Core.Tests.Common.Files;

/// <summary>DESIGN §3: PDF, DOCX, XLSX, JPEG and PNG only, decided by content; names that hide or escape are refused.</summary>
public sealed class FileContentInspectorTests
{
    private static FileInspection Inspect(string fileName, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return FileContentInspector.Inspect(fileName, stream);
    }

    public static TheoryData<string, byte[], FileKind> AcceptedFiles => new()
    {
        { "Công văn 716-CAT-PC02.pdf", SampleFiles.Pdf(), FileKind.Pdf },
        { "anh-chup.png", SampleFiles.Png(), FileKind.Png },
        { "anh-chup.jpg", SampleFiles.Jpeg(), FileKind.Jpeg },
        { "ANH.JPEG", SampleFiles.Jpeg(), FileKind.Jpeg },
        { "Dự thảo công văn.docx", SampleFiles.Docx(), FileKind.Docx },
        { "Báo cáo số liệu v1.2.xlsx", SampleFiles.Xlsx(), FileKind.Xlsx },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void Accepted_kinds_are_recognised_by_their_content(string fileName, byte[] content, FileKind kind)
    {
        var inspection = Inspect(fileName, content);

        Assert.True(inspection.IsAccepted, inspection.Refusal?.ToString());
        Assert.Equal(kind, inspection.Kind);
    }

    [Fact]
    public void Inspection_leaves_the_stream_at_its_start_for_whoever_reads_it_next()
    {
        using var stream = new MemoryStream(SampleFiles.Docx());

        FileContentInspector.Inspect("du-thao.docx", stream);

        Assert.Equal(0, stream.Position);
    }

    public static TheoryData<string, byte[]> ContentOfNoAcceptedKind => new()
    {
        { "bao-cao.pdf", SampleFiles.WindowsExecutable() },
        { "du-thao.docx", SampleFiles.PlainZip() },
        { "so-lieu.xlsx", SampleFiles.PlainZip() },
        { "ghi-chu.pdf", SampleFiles.Text() },
        { "cong-van-cu.docx", SampleFiles.OleDocument() },
        { "hong.docx", SampleFiles.BrokenZip() },
        { "co-macro.docx", SampleFiles.Docx(withMacros: true) },
    };

    [Theory]
    [MemberData(nameof(ContentOfNoAcceptedKind))]
    public void Content_of_no_accepted_kind_is_refused_whatever_its_name(string fileName, byte[] content)
    {
        var inspection = Inspect(fileName, content);

        Assert.False(inspection.IsAccepted);
        Assert.Equal(FileRefusal.UnsupportedKind, inspection.Refusal);
        Assert.Null(inspection.Kind);
    }

    [Theory]
    [InlineData(false, "docx")]
    [InlineData(true, "xlsx")]
    public void An_office_package_that_expands_to_200_MB_is_refused_as_a_decompression_bomb(bool workbook, string extension)
    {
        var inspection = Inspect($"bao-cao.{extension}", SampleFiles.OfficeBomb(workbook, 200L * 1024 * 1024));

        Assert.Equal(FileRefusal.SuspiciousPackage, inspection.Refusal);
        Assert.Equal(extension, inspection.Extension);
    }

    [Fact]
    public void A_part_compressed_beyond_what_XML_allows_is_refused_even_when_the_total_is_small()
    {
        var inspection = Inspect("bao-cao.docx", SampleFiles.OfficeBomb(workbook: false, 20L * 1024 * 1024));

        Assert.Equal(FileRefusal.SuspiciousPackage, inspection.Refusal);
    }

    [Theory]
    [InlineData(false, "docx")]
    [InlineData(true, "xlsx")]
    public void An_office_package_with_more_parts_than_allowed_is_refused(bool workbook, string extension)
    {
        var inspection = Inspect($"so-lieu.{extension}", SampleFiles.OfficeWithManyParts(workbook, FileContentInspector.MaxPackageEntries));

        Assert.Equal(FileRefusal.SuspiciousPackage, inspection.Refusal);
    }

    [Fact]
    public void An_office_package_with_many_parts_within_the_limit_is_accepted()
    {
        var inspection = Inspect("so-lieu.xlsx", SampleFiles.OfficeWithManyParts(workbook: true, 500));

        Assert.Equal(FileKind.Xlsx, inspection.Kind);
    }

    [Theory]
    [InlineData("bao-cao.pdf", "pdf")]
    [InlineData("du-thao.docx", "docx")]
    [InlineData("anh.jpg", "jpg")]
    public void Accepted_content_under_another_kinds_extension_is_refused(string fileName, string extension)
    {
        var inspection = Inspect(fileName, SampleFiles.Png());

        Assert.Equal(FileRefusal.ExtensionMismatch, inspection.Refusal);
        Assert.Equal(extension, inspection.Extension);
    }

    [Fact]
    public void A_workbook_named_as_a_document_is_refused()
    {
        var inspection = Inspect("du-thao.docx", SampleFiles.Xlsx());

        Assert.Equal(FileRefusal.ExtensionMismatch, inspection.Refusal);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var inspection = Inspect("bao-cao.pdf", []);

        Assert.Equal(FileRefusal.Empty, inspection.Refusal);
    }

    [Theory]
    [InlineData("", FileRefusal.EmptyName)]
    [InlineData("   ", FileRefusal.EmptyName)]
    [InlineData("../../etc/passwd.pdf", FileRefusal.InvalidName)]
    [InlineData("..\\..\\windows\\bao-cao.pdf", FileRefusal.InvalidName)]
    [InlineData("thu-muc/bao-cao.pdf", FileRefusal.InvalidName)]
    [InlineData("bao..cao.pdf", FileRefusal.InvalidName)]
    [InlineData("C:bao-cao.pdf", FileRefusal.InvalidName)]
    [InlineData("bao-cao\u0000.pdf", FileRefusal.InvalidName)]
    [InlineData("bao-cao\n.pdf", FileRefusal.InvalidName)]
    [InlineData("hoa-don\u202Efdp.exe", FileRefusal.InvalidName)]
    [InlineData(".pdf", FileRefusal.InvalidName)]
    [InlineData("/etc/passwd.pdf", FileRefusal.InvalidName)]
    [InlineData("C:\\Windows\\win.pdf", FileRefusal.InvalidName)]
    [InlineData("\\\\server\\share\\x.pdf", FileRefusal.InvalidName)]
    [InlineData("CON.pdf", FileRefusal.InvalidName)]
    [InlineData("nul.docx", FileRefusal.InvalidName)]
    [InlineData("Com1.xlsx", FileRefusal.InvalidName)]
    [InlineData("lpt9 .pdf", FileRefusal.InvalidName)]
    [InlineData("bao-cao.pdf.exe", FileRefusal.HiddenExecutable)]
    [InlineData("x.exe.pdf", FileRefusal.HiddenExecutable)]
    [InlineData("bao-cao.js.docx", FileRefusal.HiddenExecutable)]
    [InlineData("bao-cao.PDF.SCR", FileRefusal.HiddenExecutable)]
    [InlineData("bao-cao.exe .pdf", FileRefusal.HiddenExecutable)]
    [InlineData("setup.exe", FileRefusal.UnsupportedKind)]
    [InlineData("cong-van.doc", FileRefusal.UnsupportedKind)]
    [InlineData("ho-so.zip", FileRefusal.UnsupportedKind)]
    [InlineData("khong-co-phan-mo-rong", FileRefusal.UnsupportedKind)]
    public void Names_that_escape_hide_or_announce_another_kind_are_refused(string fileName, FileRefusal refusal)
    {
        Assert.Equal(refusal, FileContentInspector.CheckName(fileName));
        Assert.Equal(refusal, Inspect(fileName, SampleFiles.Pdf()).Refusal);
    }

    [Fact]
    public void A_name_longer_than_200_characters_is_refused()
    {
        var name = new string('a', 197) + ".pdf";

        Assert.Equal(FileRefusal.NameTooLong, FileContentInspector.CheckName(name));
        Assert.Null(FileContentInspector.CheckName(new string('a', 196) + ".pdf"));
    }

    [Fact]
    public void Length_of_a_name_is_counted_in_composed_Vietnamese_letters()
    {
        // "ế" typed as e + circumflex + acute is three characters decomposed, one composed.
        var decomposed = string.Concat(Enumerable.Repeat("e\u0302\u0301", 190)) + ".pdf";

        Assert.Null(FileContentInspector.CheckName(decomposed));
    }

    [Theory]
    [InlineData("Báo cáo kết quả tuyên truyền tháng 5.2022.pdf")]
    [InlineData("Danh sách thuê bao (đợt 1).xlsx")]
    [InlineData("  ảnh hiện trường.png  ")]
    public void Ordinary_Vietnamese_names_are_accepted(string fileName)
    {
        Assert.Null(FileContentInspector.CheckName(fileName));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_a_programming_error()
    {
        using var pipe = new NonSeekableStream(SampleFiles.Pdf());

        Assert.Throws<ArgumentException>(() => FileContentInspector.Inspect("bao-cao.pdf", pipe));
    }

    private sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
