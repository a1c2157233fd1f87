using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SoTTTT.Portal.LoadTests;

namespace SoTTTT.Portal.Web.Tests.LoadTests;

/// <summary>
/// The load client's render batch reader, fed the bytes Blazor Server itself would send: a real render,
/// serialised by the framework's own (internal) RenderBatchWriter.
/// </summary>
public sealed class RenderBatchReaderTests
{
    [Fact]
    public async Task Reader_finds_a_rendered_button_with_its_text_test_id_and_click_handler_and_a_link()
    {
        var batch = await RenderAsync();

        var content = RenderBatchReader.Read(batch);

        var button = Assert.Single(content.Elements, e => e.Name == "button");
        Assert.Equal("Lưu báo cáo", button.Text);
        Assert.Equal("save", button.TestId);
        Assert.True(button.Handlers["onclick"] > 0);
        Assert.Equal("submit", button.Attributes["type"]);
        Assert.Equal(["/nhiem-vu"], content.Links);
        Assert.Single(content.UpdatedComponentIds);
    }

    private static async Task<byte[]> RenderAsync()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var renderer = new CapturingRenderer(services);
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var component = new Panel();
            var id = renderer.Attach(component);
            await renderer.RenderRootAsync(id);
        });
        return renderer.Batch ?? throw new InvalidOperationException("Nothing was rendered.");
    }

    private sealed class Panel : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "div");
            builder.AddAttribute(1, "data-testid", "panel");
            builder.OpenElement(2, "button");
            builder.AddAttribute(3, "type", "submit");
            builder.AddAttribute(4, "data-testid", "save");
            builder.AddAttribute(5, "onclick", EventCallback.Factory.Create(this, () => { }));
            builder.AddContent(6, "Lưu báo cáo");
            builder.CloseElement();
            builder.OpenElement(7, "a");
            builder.AddAttribute(8, "href", "/nhiem-vu");
            builder.AddContent(9, "Nhiệm vụ");
            builder.CloseElement();
            builder.CloseElement();
        }
    }

    [SuppressMessage("Usage", "BL0006:Do not use RenderTree types", Justification = "The test renders as Blazor Server does.")]
    private sealed class CapturingRenderer(IServiceProvider services) : Renderer(services, NullLoggerFactory.Instance)
    {
        private static readonly Type Writer = typeof(Microsoft.AspNetCore.Components.Server.CircuitOptions).Assembly
            .GetType("Microsoft.AspNetCore.Components.Server.Circuits.RenderBatchWriter", throwOnError: true)!;

        public byte[]? Batch { get; private set; }

        public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

        public int Attach(IComponent component) => AssignRootComponentId(component);

        public Task RenderRootAsync(int id) => RenderRootComponentAsync(id);

        protected override void HandleException(Exception exception) => throw exception;

        protected override Task UpdateDisplayAsync(in RenderBatch renderBatch)
        {
            using var stream = new MemoryStream();
            using (var writer = (IDisposable)Activator.CreateInstance(Writer, stream, true)!)
            {
                Writer.GetMethod("Write", BindingFlags.Public | BindingFlags.Instance, [typeof(RenderBatch).MakeByRefType()])!
                    .Invoke(writer, [renderBatch]);
            }
            Batch = stream.ToArray();
            return Task.CompletedTask;
        }
    }
}
