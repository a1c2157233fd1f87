using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace SoTTTT.Portal.LoadTests;

/// <summary>
/// One Blazor Server circuit, driven as blazor.web.js drives it: the prerendered page's component markers
/// and state go to StartCircuit and UpdateRootComponents; every render batch is acknowledged with
/// OnRenderCompleted; JS interop calls are answered; clicks reach the renderer through the interop object
/// the server attaches (BeginInvokeDotNetFromJS "DispatchEventAsync"); link clicks become OnLocationChanged.
/// </summary>
public sealed partial class CircuitClient : IAsyncDisposable
{
    private const string MouseClick = """{"detail":1,"screenX":0,"screenY":0,"clientX":0,"clientY":0,"offsetX":0,"offsetY":0,"pageX":0,"pageY":0,"movementX":0,"movementY":0,"button":0,"buttons":0,"ctrlKey":false,"shiftKey":false,"altKey":false,"metaKey":false,"type":"click"}""";

    private readonly PortalSession _session;
    private readonly HubConnection _connection;
    private readonly ConcurrentDictionary<ulong, RenderedElement> _elements = new();
    private readonly ConcurrentDictionary<string, int> _links = new();
    private readonly Action<string> _log;
    private long _rendererInterop = -1;
    private long _jsObjects;
    private int _callIds;
    private TaskCompletionSource _nextBatch = NewSignal();
    private readonly TaskCompletionSource _interopAttached = NewSignal();

    public CircuitClient(PortalSession session, HttpMessageHandler handler, Action<string> log)
    {
        _session = session;
        _log = log;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(session.BaseUri, "/_blazor"), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = false;
                options.HttpMessageHandlerFactory = _ => new SharedHandler(handler);
                options.Headers["X-Forwarded-Proto"] = "https";
                options.Headers["Cookie"] = session.CookieHeader;
            });
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        _connection = builder.Build();
        _connection.ServerTimeout = TimeSpan.FromMinutes(2);
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatch);
        // (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType) as blazor.web.js takes them.
        _connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJS);
        _connection.On<string>("JS.EndInvokeDotNet", OnEndInvokeDotNet);
        _connection.On<int, string>("JS.AttachComponent", (_, _) => { });
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        _connection.On<string>("JS.Error", message => { Errors++; _log($"JS.Error: {message}"); });
        _connection.Closed += exception =>
        {
            if (exception is not null && !Disposed)
            {
                Errors++;
                _log($"connection closed: {exception.Message}");
            }
            return Task.CompletedTask;
        };
    }

    public int Errors { get; private set; }
    public long Batches { get; private set; }
    public string CurrentPath { get; private set; } = "/";
    public bool Disposed { get; private set; }
    public IReadOnlyCollection<RenderedElement> Elements => (IReadOnlyCollection<RenderedElement>)_elements.Values;
    public IReadOnlyCollection<string> Links => (IReadOnlyCollection<string>)_links.Keys;

    /// <summary>Opens <paramref name="path"/> as a browser would and waits for the first interactive render.</summary>
    public async Task OpenAsync(string path, CancellationToken ct)
    {
        var html = await _session.GetStringAsync(path, ct);
        var markers = ComponentMarker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(m => (string?)m["type"] == "server")
            .ToList();
        if (markers.Count == 0)
            throw new InvalidOperationException($"{path} has no interactive server component.");
        var state = ComponentState().Match(html) is { Success: true } s ? s.Groups[1].Value : "";
        CurrentPath = path;

        var batch = Signal();
        await _connection.StartAsync(ct);
        var baseUri = _session.BaseUri.ToString();
        var uri = new Uri(_session.BaseUri, path).ToString();
        var circuitId = await _connection.InvokeAsync<string?>("StartCircuit", baseUri, uri, "[]", state, ct);
        if (circuitId is null)
            throw new InvalidOperationException("StartCircuit was refused.");
        var operations = new JsonArray([.. markers.Select((marker, i) => (JsonNode)new JsonObject
        {
            ["type"] = "add",
            ["ssrComponentId"] = i + 1,
            ["marker"] = marker.DeepClone(),
        })]);
        var operationBatch = new JsonObject { ["batchId"] = 1, ["operations"] = operations };
        await _connection.InvokeAsync("UpdateRootComponents", operationBatch.ToJsonString(), state, ct);
        await batch.WaitAsync(TimeSpan.FromSeconds(60), ct);
        await _interopAttached.Task.WaitAsync(TimeSpan.FromSeconds(60), ct);
    }

    /// <summary>Clicks an element; the answer is the time until the render batch the click causes.</summary>
    public async Task<TimeSpan> ClickAsync(RenderedElement element, string eventName, string eventArgs, CancellationToken ct)
    {
        var handler = element.Handlers[eventName];
        var descriptor = new JsonObject { ["eventHandlerId"] = handler, ["eventName"] = eventName.StartsWith("on", StringComparison.Ordinal) ? eventName[2..] : eventName, ["eventFieldInfo"] = null };
        var args = $"[{descriptor.ToJsonString()},{eventArgs}]";
        var batch = Signal();
        var watch = Stopwatch.StartNew();
        var callId = Interlocked.Increment(ref _callIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", _rendererInterop, args, ct);
        await batch.WaitAsync(TimeSpan.FromSeconds(30), ct);
        return watch.Elapsed;
    }

    public Task<TimeSpan> ClickAsync(RenderedElement element, CancellationToken ct) => ClickAsync(element, "onclick", MouseClick, ct);

    /// <summary>Follows a link inside the app as the browser's router does (history push, then OnLocationChanged).</summary>
    public async Task<TimeSpan> NavigateAsync(string path, CancellationToken ct)
    {
        var batch = Signal();
        var watch = Stopwatch.StartNew();
        await _connection.SendAsync("OnLocationChanged", new Uri(_session.BaseUri, path).ToString(), null, true, ct);
        CurrentPath = path;
        await batch.WaitAsync(TimeSpan.FromSeconds(30), ct);
        return watch.Elapsed;
    }

    private Task Signal()
    {
        var signal = NewSignal();
        Volatile.Write(ref _nextBatch, signal);
        return signal.Task;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static readonly bool Trace = Environment.GetEnvironmentVariable("LOAD_TRACE") == "1";

    private async Task OnRenderBatch(long batchId, byte[] data)
    {
        Batches++;
        if (Trace)
            _log($"render batch {batchId}: {data.Length} bytes");
        try
        {
            var content = RenderBatchReader.Read(data);
            foreach (var id in content.DisposedEventHandlerIds)
                _elements.TryRemove(id, out _);
            foreach (var component in content.DisposedComponentIds)
            {
                foreach (var link in _links.Where(l => l.Value == component))
                    _links.TryRemove(link.Key, out _);
            }
            foreach (var element in content.Elements)
            {
                if (element.Href is { } href)
                    _links[href] = element.ComponentId;
                foreach (var handler in element.Handlers.Values)
                    _elements[handler] = element;
            }
            await _connection.SendAsync("OnRenderCompleted", batchId, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Errors++;
            _log($"render batch {batchId}: {e.Message}");
            await _connection.SendAsync("OnRenderCompleted", batchId, e.Message);
        }
        Volatile.Read(ref _nextBatch).TrySetResult();
    }

    private async Task OnBeginInvokeJS(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        JsonNode? result = null;
        if (Trace)
            _log($"JS {asyncHandle} {identifier} {argsJson} {resultType}");
        if (identifier == "Blazor._internal.attachWebRendererInterop")
        {
            var args = JsonNode.Parse(argsJson)!.AsArray();
            _rendererInterop = (long)args[1]!["__dotNetObject"]!;
            _interopAttached.TrySetResult();
        }
        else if (Answers.TryGetValue(identifier, out var known))
        {
            result = JsonNode.Parse(known);
        }
        else if (resultType == 1 || identifier == "import")
        {
            // A JS object reference (a module or an object MudBlazor keeps): any fresh id will do.
            result = new JsonObject { ["__jsObjectId"] = Interlocked.Increment(ref _jsObjects) };
        }
        else if (!KnownJs.Contains(identifier) && UnknownJs.TryAdd(identifier, 0))
        {
            _log($"JS call answered with null: {identifier}");
        }
        if (asyncHandle == 0)
            return;
        var answer = new JsonArray(asyncHandle, true, result);
        await _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, answer.ToJsonString());
    }

    private void OnEndInvokeDotNet(string argsJson)
    {
        var args = JsonNode.Parse(argsJson)!.AsArray();
        if (args.Count > 1 && args[1]?.GetValue<bool>() == false)
        {
            Errors++;
            _log($"a .NET call failed: {argsJson}");
        }
    }

    /// <summary>JS functions the portal, Blazor and MudBlazor call whose result the client does not need.</summary>
    private static readonly HashSet<string> KnownJs =
    [
        "Blazor._internal.navigationManager.enableNavigationInterception",
        "Blazor._internal.navigationManager.setHasLocationChangingListeners",
        "Blazor._internal.navigationManager.scrollToElement",
        "Blazor._internal.domWrapper.focus",
        "Blazor._internal.PageTitle.getAndRemoveExistingTitle",
    ];

    /// <summary>What a 1600x900 browser window with MudBlazor's scripts loaded answers.</summary>
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["window.hasOwnProperty"] = "true",
        ["mudpopoverHelper.countProviders"] = "1",
        ["mudElementRef.getBoundingClientRect"] = """{"left":0,"top":0,"right":200,"bottom":40,"width":200,"height":40,"x":0,"y":0,"scrollX":0,"scrollY":0,"windowHeight":900,"windowWidth":1600}""",
        ["mudResizeListener.getBrowserWindowSize"] = """{"height":900,"width":1600}""",
    };

    public static ConcurrentDictionary<string, byte> UnknownJs { get; } = new();

    public async ValueTask DisposeAsync()
    {
        Disposed = true;
        await _connection.DisposeAsync();
    }

    /// <summary>The run's one connection pool, which the hub connection must not dispose with itself.</summary>
    private sealed class SharedHandler(HttpMessageHandler inner) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _invoker = new(inner, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _invoker.SendAsync(request, cancellationToken);
    }

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex ComponentMarker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex ComponentState();
}
