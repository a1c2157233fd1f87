using SoTTTT.Portal.Core.Common.Behaviours;

namespace SoTTTT.Portal.Core.Tests.Common.Behaviours;

public sealed class WriteGateTests
{
    [Fact]
    public async Task A_second_writer_enters_the_single_writer_gate_only_when_the_first_leaves()
    {
        using var gate = new SingleWriterGate();
        var first = await gate.EnterAsync(TestContext.Current.CancellationToken);

        var second = gate.EnterAsync(TestContext.Current.CancellationToken).AsTask();
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task Leaving_twice_lets_only_one_more_writer_in()
    {
        using var gate = new SingleWriterGate();
        var first = await gate.EnterAsync(TestContext.Current.CancellationToken);
        first.Dispose();
        first.Dispose();

        var second = await gate.EnterAsync(TestContext.Current.CancellationToken);
        var third = gate.EnterAsync(TestContext.Current.CancellationToken).AsTask();
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(third.IsCompleted);
        second.Dispose();
        (await third).Dispose();
    }

    [Fact]
    public async Task The_open_gate_lets_writers_in_together()
    {
        var gate = new OpenWriteGate();
        using var first = await gate.EnterAsync(TestContext.Current.CancellationToken);
        var second = gate.EnterAsync(TestContext.Current.CancellationToken);
        Assert.True(second.IsCompleted);
        (await second).Dispose();
    }
}
