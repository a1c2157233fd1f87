using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.CreateOrgUnitCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Organisation;

public sealed class UpdateOrgUnitTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    /// <summary>The command an edit form sends when saved unchanged.</summary>
    private static UpdateOrgUnitCommand EditOf(OrgUnitView unit) => new(
        unit.Id, unit.Version, unit.Code, unit.FullName, unit.ShortName, unit.Kind, unit.IsInternal,
        unit.ParentId, unit.Address, unit.Phone, unit.Email, unit.ActiveFrom);

    [Fact]
    public async Task Administrator_updates_a_units_details()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit().Named("Trung tâm Văn hóa huyện Châu Thành mới"));

        await portal.SendAsync(EditOf(unit) with
        {
            Code = "ttvhct2",
            FullName = "Trung tâm Văn hóa, Thông tin và Thể thao huyện Châu Thành",
            ShortName = "TTVH-TT-TT Châu Thành",
            Phone = "0294 3855 123",
            Email = "ttvhct@travinh.gov.vn",
        }, asUser: DemoUsers.Administrator);

        var updated = await portal.SendAsync(new GetOrgUnitQuery(unit.Id), asUser: DemoUsers.Leader);
        Assert.Equal("TTVHCT2", updated.Code);
        Assert.Equal("Trung tâm Văn hóa, Thông tin và Thể thao huyện Châu Thành", updated.FullName);
        Assert.Equal("TTVH-TT-TT Châu Thành", updated.ShortName);
        Assert.Equal("0294 3855 123", updated.Phone);
        Assert.Equal("ttvhct@travinh.gov.vn", updated.Email);
        Assert.NotEqual(unit.Version, updated.Version);
    }

    [Fact]
    public async Task Unit_keeps_its_own_code_when_saved_unchanged()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());

        await portal.SendAsync(EditOf(unit), asUser: DemoUsers.Administrator);

        Assert.Equal(unit.Code, (await portal.FindUnitAsync(unit.Id))!.Code);
    }

    [Fact]
    public async Task Changing_the_code_to_another_units_code_is_refused()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(EditOf(unit) with { Code = "STTTT" }, asUser: DemoUsers.Administrator));

        Assert.Equal(["Mã đơn vị này đã được dùng cho một đơn vị khác."], refused.Errors["Code"]);
        Assert.Equal(unit.Code, (await portal.FindUnitAsync(unit.Id))!.Code);
    }

    [Fact]
    public async Task Stale_version_is_refused_and_nothing_changes()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit().Named("Phòng Văn hóa và Thông tin huyện Trà Cú mới"));
        // A colleague saves first, from the same loaded version.
        await portal.SendAsync(EditOf(unit) with { FullName = "Đã sửa bởi người thứ nhất" }, asUser: DemoUsers.Administrator);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            portal.SendAsync(EditOf(unit) with { FullName = "Sửa bởi người thứ hai" }, asUser: DemoUsers.Administrator));

        var stored = await portal.FindUnitAsync(unit.Id);
        Assert.Equal("Đã sửa bởi người thứ nhất", stored!.FullName);
    }

    [Fact]
    public async Task Unit_cannot_become_its_own_parent()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(EditOf(unit) with { ParentId = unit.Id }, asUser: DemoUsers.Administrator));

        Assert.Equal(["Đơn vị cấp trên không được là chính đơn vị này hoặc một đơn vị trực thuộc nó."], refused.Errors["ParentId"]);
        Assert.Null((await portal.FindUnitAsync(unit.Id))!.ParentId);
    }

    [Fact]
    public async Task Unit_cannot_be_placed_under_a_unit_that_is_under_it()
    {
        var centre = await portal.CreateUnitAsync(ANewUnit());
        var team = await portal.CreateUnitAsync(ANewUnit().Under(centre.Id));

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(EditOf(centre) with { ParentId = team.Id }, asUser: DemoUsers.Administrator));

        Assert.True(refused.Errors.ContainsKey("ParentId"));
        Assert.Null((await portal.FindUnitAsync(centre.Id))!.ParentId);
    }

    [Fact]
    public async Task Unknown_unit_is_not_found()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());

        await Assert.ThrowsAsync<NotFoundException>(() =>
            portal.SendAsync(EditOf(unit) with { Id = Guid.NewGuid(), Code = "KHONGCO" }, asUser: DemoUsers.Administrator));
    }

    [Fact]
    public async Task Leader_cannot_update_a_unit()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit().OfKind(OrgUnitKind.PressAgency));

        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            portal.SendAsync(EditOf(unit) with { FullName = "Không được sửa" }, asUser: DemoUsers.Leader));

        Assert.Equal(unit.FullName, (await portal.FindUnitAsync(unit.Id))!.FullName);
    }
}
