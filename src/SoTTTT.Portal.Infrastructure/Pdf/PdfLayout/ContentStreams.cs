using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;

/// <summary>
/// Compresses the pages' content streams with the platform's zlib before PDFsharp writes them. PDFsharp 6.2's own
/// deflater ends its content streams without the final block and checksum: readers display them, but a checker
/// (qpdf --check) warns on every page. A content stream that already names its filter is written as it is.
/// </summary>
internal static class ContentStreams
{
    public static void Compress(PdfDocument document)
    {
        document.Options.CompressContentStreams = false;
        foreach (var page in document.Pages)
        {
            var contents = page.Contents.Elements;
            for (var i = 0; i < contents.Count; i++)
            {
                if (contents.GetDictionary(i) is not PdfContent { Stream: { } stream } content || content.Elements.GetName("/Filter").Length > 0)
                    continue;
                stream.Value = Deflate(stream.Value);
                content.Elements.SetName("/Filter", "/FlateDecode");
                content.Elements.SetInteger("/Length", stream.Length);
            }
        }
    }

    private static byte[] Deflate(byte[] bytes)
    {
        using var output = new MemoryStream(bytes.Length / 3 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
            zlib.Write(bytes);
        return output.ToArray();
    }
}
