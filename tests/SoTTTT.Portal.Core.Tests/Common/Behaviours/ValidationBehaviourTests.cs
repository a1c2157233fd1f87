using FluentValidation;
using Mediator;
using SoTTTT.Portal.Core.Common.Behaviours;
using SoTTTT.Portal.Core.Common.Exceptions;

namespace SoTTTT.Portal.Core.Tests.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    private int _handlerCalls;

    private ValueTask<Unit> Next(RegisterUnitCommand message, CancellationToken cancellationToken)
    {
        _handlerCalls++;
        return ValueTask.FromResult(Unit.Value);
    }

    private static InlineValidator<RegisterUnitCommand> CodeAndNameRules()
    {
        var validator = new InlineValidator<RegisterUnitCommand>();
        validator.RuleFor(x => x.Code).NotEmpty().WithMessage("Mã đơn vị không được để trống.");
        validator.RuleFor(x => x.Code).Matches("^[A-Za-z0-9]+$").WithMessage("Mã đơn vị chỉ gồm chữ cái không dấu và chữ số.");
        validator.RuleFor(x => x.FullName).NotEmpty().WithMessage("Tên đầy đủ không được để trống.");
        return validator;
    }

    private static InlineValidator<RegisterUnitCommand> CodeRuleRepeatedAndAsync()
    {
        var validator = new InlineValidator<RegisterUnitCommand>();
        validator.RuleFor(x => x.Code).NotEmpty().WithMessage("Mã đơn vị không được để trống.");
        validator.RuleFor(x => x.Code)
            .MustAsync(async (code, ct) =>
            {
                await Task.Yield();
                return code != "STTTT";
            })
            .WithMessage("Mã đơn vị này đã được dùng cho một đơn vị khác.");
        return validator;
    }

    [Fact]
    public async Task Valid_message_reaches_the_handler()
    {
        var behaviour = new ValidationBehaviour<RegisterUnitCommand, Unit>([CodeAndNameRules(), CodeRuleRepeatedAndAsync()]);

        await behaviour.Handle(new RegisterUnitCommand("BCVTCNTT", "Phòng Bưu chính, Viễn thông và Công nghệ thông tin"), Next,
            TestContext.Current.CancellationToken);

        Assert.Equal(1, _handlerCalls);
    }

    [Fact]
    public async Task Message_without_validators_reaches_the_handler()
    {
        var behaviour = new ValidationBehaviour<RegisterUnitCommand, Unit>([]);

        await behaviour.Handle(new RegisterUnitCommand("", ""), Next, TestContext.Current.CancellationToken);

        Assert.Equal(1, _handlerCalls);
    }

    [Fact]
    public async Task Invalid_message_is_refused_with_errors_grouped_per_field()
    {
        var behaviour = new ValidationBehaviour<RegisterUnitCommand, Unit>([CodeAndNameRules(), CodeRuleRepeatedAndAsync()]);

        var refused = await Assert.ThrowsAsync<InputValidationException>(async () =>
            await behaviour.Handle(new RegisterUnitCommand("", "  "), Next, TestContext.Current.CancellationToken));

        Assert.Equal(["Code", "FullName"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Mã đơn vị không được để trống.", "Mã đơn vị chỉ gồm chữ cái không dấu và chữ số."], refused.Errors["Code"]);
        Assert.Equal(["Tên đầy đủ không được để trống."], refused.Errors["FullName"]);
        Assert.Equal(0, _handlerCalls);
    }

    [Fact]
    public async Task Errors_of_async_rules_are_reported_too()
    {
        var behaviour = new ValidationBehaviour<RegisterUnitCommand, Unit>([CodeAndNameRules(), CodeRuleRepeatedAndAsync()]);

        var refused = await Assert.ThrowsAsync<InputValidationException>(async () =>
            await behaviour.Handle(new RegisterUnitCommand("STTTT", "Sở Thông tin và Truyền thông"), Next, TestContext.Current.CancellationToken));

        Assert.Equal(["Code"], refused.Errors.Keys);
        Assert.Equal(["Mã đơn vị này đã được dùng cho một đơn vị khác."], refused.Errors["Code"]);
        Assert.Equal(0, _handlerCalls);
    }
}

public sealed record RegisterUnitCommand(string Code, string FullName) : ICommand<Unit>;
