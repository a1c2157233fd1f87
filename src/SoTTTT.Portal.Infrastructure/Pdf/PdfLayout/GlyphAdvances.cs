using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace SoTTTT.Portal.Infrastructure.Pdf.PdfLayout;

/// <summary>
/// The advance widths of one font face's characters, read once from its TrueType tables ('cmap' format 4
/// for the Basic Multilingual Plane, 'hmtx', 'hhea', 'head'). A text's width is the sum of its characters'
/// advances times the size over the units per em: what PDFsharp 6.2's <c>MeasureString</c> computes (it
/// neither kerns nor shapes), without its per-call code-point and glyph arrays.
/// </summary>
internal sealed class GlyphAdvances
{
    private static readonly ConcurrentDictionary<string, GlyphAdvances> Faces = new(StringComparer.Ordinal);

    /// <summary>Design-unit advance of each UTF-16 code unit (unmapped ones get glyph 0's advance).</summary>
    private readonly ushort[] advances = new ushort[char.MaxValue + 1];

    private GlyphAdvances(byte[] font)
    {
        var tables = Tables(font);
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(Table(tables, "head") + 18));
        var metricsCount = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(Table(tables, "hhea") + 34));
        var hmtx = Table(tables, "hmtx");

        int Advance(int glyph) =>
            BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(hmtx + 4 * Math.Min(glyph, metricsCount - 1)));

        Array.Fill(advances, (ushort)Advance(0));
        var cmap = Unicode(font, Table(tables, "cmap"));
        var segments = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(cmap + 6)) / 2;
        var ends = cmap + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(ends + 2 * s));
            int start = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(starts + 2 * s));
            var delta = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(deltas + 2 * s));
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(rangeOffsets + 2 * s));
            for (var c = start; c <= end && c <= char.MaxValue; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
                    if (glyph != 0)
                        glyph = (glyph + delta) & 0xFFFF;
                }
                advances[c] = (ushort)Advance(glyph);
            }
        }
    }

    public int UnitsPerEm { get; }

    /// <summary>The table of the face PDFsharp is served for this style by the installed font resolver.</summary>
    public static GlyphAdvances For(bool bold, bool italic)
    {
        var resolver = PortalPdfFonts.Resolver;
        var face = resolver.ResolveTypeface(PortalFontResolver.TimesNewRoman, bold, italic).FaceName;
        return Faces.GetOrAdd(face, name => new GlyphAdvances(resolver.GetFont(name)));
    }

    /// <summary>The width in points of a text in this face at a size; null when it has characters outside the BMP.</summary>
    public double? Width(ReadOnlySpan<char> text, double size)
    {
        var units = 0;
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
                return null;
            units += advances[c];
        }
        return units * size / UnitsPerEm;
    }

    private static Dictionary<string, int> Tables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + 16 * i;
            var tag = System.Text.Encoding.ASCII.GetString(font, record, 4);
            tables[tag] = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
        }
        return tables;
    }

    private static int Table(Dictionary<string, int> tables, string tag) =>
        tables.TryGetValue(tag, out var offset)
            ? offset
            : throw new InvalidOperationException($"The font has no '{tag}' table.");

    /// <summary>The offset of the Unicode BMP subtable (format 4) of a 'cmap' table: Windows (3,1) first, then Unicode (0,x).</summary>
    private static int Unicode(byte[] font, int cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(cmap + 2));
        var found = -1;
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + 8 * i;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(record));
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(record + 2));
            var subtable = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 4));
            if (BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(subtable)) != 4)
                continue;
            if (platform == 3 && encoding == 1)
                return subtable;
            if (platform == 0 && found < 0)
                found = subtable;
        }
        return found >= 0 ? found : throw new InvalidOperationException("The font has no Unicode 'cmap' subtable of format 4.");
    }
}
