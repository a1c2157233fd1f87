using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.CreateOrgUnitCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Organisation;

public sealed class CreateOrgUnitTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Administrator_creates_a_unit_that_directory_readers_can_then_read()
    {
        var parentId = await portal.UnitIdAsync("CAT");

        var id = await portal.SendAsync(
            ANewUnit().WithCode("pc06").Named("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", shortName: " Phòng PC06 ")
                .OfKind(OrgUnitKind.ExternalAgency).Under(parentId).Build(),
            asUser: DemoUsers.Administrator);

        var unit = await portal.SendAsync(new GetOrgUnitQuery(id), asUser: DemoUsers.Leader);
        Assert.Equal("PC06", unit.Code);
        Assert.Equal("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", unit.FullName);
        Assert.Equal("Phòng PC06", unit.ShortName);
        Assert.Equal(OrgUnitKind.ExternalAgency, unit.Kind);
        Assert.Equal(parentId, unit.ParentId);
        Assert.Equal("Công an tỉnh Trà Vinh", unit.ParentName);
        Assert.True(unit.IsActive);
    }

    [Fact]
    public async Task Short_name_left_blank_is_the_full_name()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit().Named("Báo Trà Vinh", shortName: "  ").OfKind(OrgUnitKind.PressAgency));

        Assert.Equal("Báo Trà Vinh", unit.ShortName);
    }

    [Fact]
    public async Task Duplicate_code_is_refused_on_the_code_field_in_Vietnamese()
    {
        var before = await portal.CountUnitsAsync();

        // "vnpttv" is VNPTTV once normalised: the check compares normalised codes.
        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(ANewUnit().WithCode("vnpttv").Build(), asUser: DemoUsers.Administrator));

        Assert.Equal(["Mã đơn vị này đã được dùng cho một đơn vị khác."], refused.Errors["Code"]);
        Assert.Equal(before, await portal.CountUnitsAsync());
    }

    [Fact]
    public async Task Empty_full_name_is_refused_on_the_full_name_field()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(ANewUnit().Named("   ").Build(), asUser: DemoUsers.Administrator));

        Assert.Equal(["FullName"], refused.Errors.Keys);
        Assert.Equal(["Tên đầy đủ không được để trống."], refused.Errors["FullName"]);
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_at_once()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(ANewUnit().WithCode("BCVT CNTT").Named("").Build() with { Email = "khong-phai-email" }, asUser: DemoUsers.Administrator));

        Assert.Equal(["Code", "Email", "FullName"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Unknown_parent_is_refused_on_the_parent_field()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(ANewUnit().Under(Guid.NewGuid()).Build(), asUser: DemoUsers.Administrator));

        Assert.Equal(["Đơn vị cấp trên không tồn tại."], refused.Errors["ParentId"]);
    }

    [Theory]
    [InlineData(DemoUsers.Leader)]
    [InlineData(DemoUsers.Clerk)]
    [InlineData(DemoUsers.Specialist)]
    [InlineData(DemoUsers.Inspector)]
    [InlineData(DemoUsers.VnptReporter)]
    [InlineData(DemoUsers.Anonymous)]
    public async Task Only_an_administrator_may_create_a_unit(string? sender)
    {
        var before = await portal.CountUnitsAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(ANewUnit().Build(), asUser: sender));

        Assert.Equal(before, await portal.CountUnitsAsync());
    }
}
