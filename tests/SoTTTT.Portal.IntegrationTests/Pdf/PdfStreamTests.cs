using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using SoTTTT.Portal.Infrastructure.Pdf.Documents;
using SoTTTT.Portal.Infrastructure.Pdf.Reports;

namespace SoTTTT.Portal.IntegrationTests.Pdf;

/// <summary>
/// The files pass a PDF checker: every page's content stream is a whole zlib stream — its deflate data ends with the
/// final block and is followed by the Adler-32 checksum of what it holds (qpdf --check warns on each page otherwise).
/// </summary>
public sealed class PdfStreamTests
{
    public static TheoryData<string> Documents => ["công văn", "báo cáo thực hiện"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_page_content_stream_is_complete_and_carries_the_checksum_of_its_content(string document)
    {
        var pdf = document == "công văn"
            ? new OutgoingDocumentPdf().Render(OutgoingDocumentPdfTests.Seed())
            : new ComplianceReportPdf().Render(ComplianceReportPdfTests.Report(rows: 60));

        var streams = ContentStreams(pdf).ToList();

        Assert.True(streams.Count >= 2, $"Expected the pages' content streams, found {streams.Count}.");
        Assert.All(streams, stream =>
        {
            var content = Inflate(stream, out var complete);
            Assert.True(complete, "The deflate data stops before its final block.");
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(stream.AsSpan(stream.Length - 4)), Adler32(content));
            Assert.Contains("Tj", Encoding.Latin1.GetString(content), StringComparison.Ordinal);
        });
    }

    // The pages' content streams as stored in the file, still compressed.
    private static IEnumerable<byte[]> ContentStreams(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        foreach (var page in document.Pages)
        {
            var item = page.Elements["/Contents"] is PdfReference reference ? reference.Value : page.Elements["/Contents"];
            List<PdfDictionary> contents = item switch
            {
                PdfArray array => [.. array.Elements.Select(e => e is PdfReference r ? r.Value : e).OfType<PdfDictionary>()],
                PdfDictionary single => [single],
                _ => [],
            };
            foreach (var content in contents.Where(c => c.Elements.GetName("/Filter") == "/FlateDecode"))
                yield return content.Stream.Value;
        }
    }

    private static byte[] Inflate(byte[] zlib, out bool complete)
    {
        // Two header bytes, the deflate data, four checksum bytes.
        using var deflate = new DeflateStream(new MemoryStream(zlib, 2, zlib.Length - 6), CompressionMode.Decompress);
        using var output = new MemoryStream();
        try
        {
            deflate.CopyTo(output);
            complete = true;
        }
        catch (InvalidDataException)
        {
            complete = false;
        }
        return output.ToArray();
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }
}
