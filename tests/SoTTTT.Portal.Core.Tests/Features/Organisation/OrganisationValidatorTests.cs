using FluentValidation.Results;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Tests.Fakes;

namespace SoTTTT.Portal.Core.Tests.Features.Organisation;

/// <summary>
/// The rules a form shows under its fields, in Vietnamese. The uniqueness checks need the database
/// and are covered by the integration tests; here every case is refused before they run.
/// </summary>
public sealed class OrganisationValidatorTests
{
    private static readonly FakeStringLocalizer<CoreResource> L = new();

    private static CreateOrgUnitCommand ValidUnit => new("CAT", "Công an tỉnh Trà Vinh", "Công an tỉnh", OrgUnitKind.ExternalAgency, false);

    private static async Task<ValidationResult> ValidateAsync(CreateOrgUnitCommand command) =>
        await new CreateOrgUnitValidator(new UntouchableDbContext(), L).ValidateAsync(command, TestContext.Current.CancellationToken);

    private static string[] MessagesFor(ValidationResult result, string field) =>
        [.. result.Errors.Where(e => e.PropertyName == field).Select(e => e.ErrorMessage)];

    [Fact]
    public async Task Empty_code_is_refused_in_Vietnamese()
    {
        var result = await ValidateAsync(ValidUnit with { Code = " " });

        Assert.Equal(["Mã đơn vị không được để trống."], MessagesFor(result, "Code"));
    }

    [Fact]
    public async Task Too_long_code_is_refused_with_the_limit_in_the_message()
    {
        var result = await ValidateAsync(ValidUnit with { Code = new string('A', OrgUnit.CodeMaxLength + 1) });

        Assert.Equal(["Mã đơn vị dài tối đa 20 ký tự."], MessagesFor(result, "Code"));
    }

    [Theory]
    [InlineData("BCVT CNTT")]
    [InlineData("BCVT-CNTT")]
    [InlineData("ĐÀI")]
    public async Task Code_with_spaces_punctuation_or_diacritics_is_refused(string code)
    {
        var result = await ValidateAsync(ValidUnit with { Code = code });

        Assert.Equal(["Mã đơn vị chỉ gồm chữ cái không dấu và chữ số, viết liền (ví dụ BCVTCNTT)."], MessagesFor(result, "Code"));
    }

    [Fact]
    public async Task Empty_full_name_is_refused_on_its_own_field()
    {
        var result = await ValidateAsync(ValidUnit with { Code = "", FullName = "" });

        Assert.Equal(["Tên đầy đủ không được để trống."], MessagesFor(result, "FullName"));
    }

    [Fact]
    public async Task Malformed_email_and_phone_are_refused()
    {
        var result = await ValidateAsync(ValidUnit with { Code = "", Email = "ptp-at-travinh", Phone = "gọi cho tôi" });

        Assert.Equal(["Địa chỉ thư điện tử không hợp lệ."], MessagesFor(result, "Email"));
        Assert.Equal(["Số điện thoại chỉ gồm chữ số và các ký tự + ( ) . -"], MessagesFor(result, "Phone"));
    }

    [Fact]
    public async Task Unknown_kind_is_refused()
    {
        var result = await ValidateAsync(ValidUnit with { Code = "", Kind = (OrgUnitKind)99 });

        Assert.Equal(["Loại đơn vị không hợp lệ."], MessagesFor(result, "Kind"));
    }

    [Fact]
    public async Task Deactivation_needs_an_end_date()
    {
        var validator = new DeactivateOrgUnitValidator(L);

        var result = await validator.ValidateAsync(new DeactivateOrgUnitCommand(Guid.NewGuid(), Guid.NewGuid(), ActiveTo: null, SuccessorId: null),
            TestContext.Current.CancellationToken);

        Assert.Equal(["Hãy chọn ngày ngừng hoạt động."], MessagesFor(result, "ActiveTo"));
    }

    [Fact]
    public async Task Deactivation_with_an_end_date_is_valid()
    {
        var validator = new DeactivateOrgUnitValidator(L);

        var result = await validator.ValidateAsync(new DeactivateOrgUnitCommand(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2025, 7, 1), null),
            TestContext.Current.CancellationToken);

        Assert.True(result.IsValid);
    }

    [Fact]
    public async Task Group_without_members_is_refused_on_the_members_field()
    {
        var validator = new CreateUnitGroupValidator(new UntouchableDbContext(), L);

        var result = await validator.ValidateAsync(new CreateUnitGroupCommand("", "", null, []), TestContext.Current.CancellationToken);

        Assert.Equal(["Mã nhóm không được để trống."], MessagesFor(result, "Code"));
        Assert.Equal(["Tên nhóm không được để trống."], MessagesFor(result, "Name"));
        Assert.Equal(["Nhóm phải có ít nhất một đơn vị."], MessagesFor(result, "MemberIds"));
    }
}
