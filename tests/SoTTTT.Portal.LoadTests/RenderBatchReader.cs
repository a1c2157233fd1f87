using System.Buffers.Binary;
using System.Text;

namespace SoTTTT.Portal.LoadTests;

/// <summary>An element of a render batch's reference frames that has event handlers (e.g. "onclick").</summary>
public sealed record RenderedElement(
    int ComponentId, string Name, string Text, string? TestId, string? Href,
    IReadOnlyDictionary<string, ulong> Handlers, IReadOnlyDictionary<string, string> Attributes);

/// <summary>What the client needs from one render batch.</summary>
public sealed record RenderBatchContent(
    IReadOnlyList<int> UpdatedComponentIds, IReadOnlyList<RenderedElement> Elements,
    IReadOnlyList<string> Links, IReadOnlyList<int> DisposedComponentIds, IReadOnlyList<ulong> DisposedEventHandlerIds);

/// <summary>
/// Reads the binary render batch Blazor Server sends to the browser (the layout of the framework's
/// RenderBatchWriter): updated components with their edits, reference frames (20 bytes each: the frame type
/// and 16 bytes of fields), disposed component and event handler ids, and a string table, located by the five
/// 32-bit offsets at the batch's end. The client does not keep a DOM: it reads the frames the edits insert,
/// which is where new elements, their attributes, event handler ids and text are.
/// </summary>
public static class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    private enum FrameType { Element = 1, Text = 2, Attribute = 3, Component = 4, Region = 5, ElementReferenceCapture = 6, ComponentReferenceCapture = 7, Markup = 8 }

    private enum EditType { PrependFrame = 1, RemoveFrame = 2, SetAttribute = 3, RemoveAttribute = 4, UpdateText = 5, StepIn = 6, StepOut = 7, UpdateMarkup = 8 }

    public static RenderBatchContent Read(byte[] data)
    {
        var batch = data;
        var end = batch.Length;
        var updatedComponentsOffset = Int(batch, end - 20);
        var referenceFramesOffset = Int(batch, end - 16);
        var disposedComponentIdsOffset = Int(batch, end - 12);
        var disposedEventHandlerIdsOffset = Int(batch, end - 8);
        var stringTableOffset = Int(batch, end - 4);

        var strings = ReadStrings(batch, stringTableOffset, end - 20);
        string? Str(int index) => index < 0 ? null : strings[index];

        var frameCount = Int(batch, referenceFramesOffset);
        var frameBase = referenceFramesOffset + 4;
        int Type(int frame) => Int(batch, frameBase + frame * FrameSize);
        int Field(int frame, int field) => Int(batch, frameBase + frame * FrameSize + 4 + field * 4);

        var componentCount = Int(batch, updatedComponentsOffset);
        var updated = new List<int>(componentCount);
        var elements = new List<RenderedElement>();
        var links = new List<string>();
        for (var c = 0; c < componentCount; c++)
        {
            var diff = Int(batch, updatedComponentsOffset + 4 + c * 4);
            var componentId = Int(batch, diff);
            updated.Add(componentId);
            var editCount = Int(batch, diff + 4);
            for (var e = 0; e < editCount; e++)
            {
                var edit = diff + 8 + e * EditSize;
                var type = (EditType)Int(batch, edit);
                var frameIndex = Int(batch, edit + 8);
                if (type == EditType.PrependFrame && frameIndex >= 0 && frameIndex < frameCount)
                    CollectSubtree(frameIndex, componentId, null);
            }
        }

        void CollectSubtree(int start, int componentId, string? inheritedTestId)
        {
            var type = (FrameType)Type(start);
            var length = type switch
            {
                FrameType.Element or FrameType.Region or FrameType.Component => Math.Max(1, Field(start, 0)),
                _ => 1,
            };
            if (type != FrameType.Element && type != FrameType.Region)
                return;
            var i = start + 1;
            string? testId = inheritedTestId;
            if (type == FrameType.Element)
            {
                var handlers = new Dictionary<string, ulong>();
                var attributes = new Dictionary<string, string>();
                for (; i < start + length && (FrameType)Type(i) == FrameType.Attribute; i++)
                {
                    var name = Str(Field(i, 0)) ?? "";
                    var value = Str(Field(i, 1));
                    var handler = (ulong)(uint)Field(i, 2) | ((ulong)(uint)Field(i, 3) << 32);
                    if (handler != 0)
                        handlers[name] = handler;
                    else if (value is not null)
                        attributes[name] = value;
                }
                if (attributes.TryGetValue("data-testid", out var own))
                    testId = own;
                var elementName = Str(Field(start, 1)) ?? "";
                attributes.TryGetValue("href", out var href);
                if (href is not null && elementName == "a")
                    links.Add(href);
                if (handlers.Count > 0 || (href is not null && elementName == "a"))
                    elements.Add(new RenderedElement(componentId, elementName, TextOf(start + 1, start + length), testId, href, handlers, attributes));
            }
            for (; i < start + length;)
            {
                var childType = (FrameType)Type(i);
                CollectSubtree(i, componentId, testId);
                i += childType is FrameType.Element or FrameType.Region or FrameType.Component ? Math.Max(1, Field(i, 0)) : 1;
            }
        }

        string TextOf(int from, int to)
        {
            var text = new StringBuilder();
            for (var i = from; i < to; i++)
            {
                if ((FrameType)Type(i) == FrameType.Text && Str(Field(i, 0)) is { } content)
                    text.Append(content);
            }
            return text.ToString().Trim();
        }

        var disposedComponents = new List<int>();
        var count = Int(batch, disposedComponentIdsOffset);
        for (var i = 0; i < count; i++)
            disposedComponents.Add(Int(batch, disposedComponentIdsOffset + 4 + i * 4));
        var disposedHandlers = new List<ulong>();
        count = Int(batch, disposedEventHandlerIdsOffset);
        for (var i = 0; i < count; i++)
            disposedHandlers.Add(BinaryPrimitives.ReadUInt64LittleEndian(batch.AsSpan(disposedEventHandlerIdsOffset + 4 + i * 8)));
        return new RenderBatchContent(updated, elements, links, disposedComponents, disposedHandlers);
    }

    private static string[] ReadStrings(byte[] batch, int tableOffset, int tableEnd)
    {
        var count = (tableEnd - tableOffset) / 4;
        var strings = new string[count];
        for (var i = 0; i < count; i++)
        {
            var position = Int(batch, tableOffset + i * 4);
            // BinaryWriter.Write(string): a 7-bit encoded byte length, then UTF-8.
            var length = 0;
            var shift = 0;
            byte b;
            do
            {
                b = batch[position++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            strings[i] = Encoding.UTF8.GetString(batch, position, length);
        }
        return strings;
    }

    private static int Int(byte[] batch, int offset) => BinaryPrimitives.ReadInt32LittleEndian(batch.AsSpan(offset));
}
