using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// DESIGN §1: a unit reporter of one unit never reads or changes another unit's data, whatever id
/// it sends; anonymous visitors read nothing of the directory.
/// </summary>
public sealed class UnitReporterAccessTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task Unit_reporter_reads_its_own_unit()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");

        var unit = await portal.SendAsync(new GetOrgUnitQuery(vnpt), asUser: DemoUsers.VnptReporter);

        Assert.Equal("VNPTTV", unit.Code);
        Assert.Equal("Viễn thông Trà Vinh (VNPT Trà Vinh)", unit.FullName);
    }

    [Theory]
    [InlineData("VIETTELTV")]
    [InlineData("STTTT")]
    [InlineData("BCVTCNTT")]
    public async Task Unit_reporter_cannot_read_another_unit(string otherUnit)
    {
        var other = await portal.UnitIdAsync(otherUnit);

        await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOrgUnitQuery(other), asUser: DemoUsers.VnptReporter));
    }

    [Fact]
    public async Task Another_units_id_and_a_made_up_id_look_the_same_to_a_unit_reporter()
    {
        var viettel = await portal.UnitIdAsync("VIETTELTV");

        var existing = await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOrgUnitQuery(viettel), asUser: DemoUsers.VnptReporter));
        var madeUp = await Assert.ThrowsAsync<NotFoundException>(() => portal.SendAsync(new GetOrgUnitQuery(Guid.NewGuid()), asUser: DemoUsers.VnptReporter));

        Assert.Equal(madeUp.Message, existing.Message);
    }

    [Fact]
    public async Task Unit_reporter_cannot_list_units_groups_or_the_summary()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListOrgUnitsQuery(), asUser: DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListUnitOptionsQuery(), asUser: DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListUnitGroupsQuery(), asUser: DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new GetDirectorySummaryQuery(), asUser: DemoUsers.VnptReporter));
    }

    [Fact]
    public async Task Unit_reporter_cannot_create_a_unit()
    {
        var before = await portal.CountUnitsAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(
            new CreateOrgUnitCommand("GIA", "Đơn vị giả mạo", null, OrgUnitKind.TelecomEnterprise, false), asUser: DemoUsers.VnptReporter));

        Assert.Equal(before, await portal.CountUnitsAsync());
    }

    [Fact]
    public async Task Unit_reporter_cannot_change_even_its_own_unit()
    {
        var own = await portal.SendAsync(new GetOrgUnitQuery(await portal.UnitIdAsync("VNPTTV")), asUser: DemoUsers.VnptReporter);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(
            new UpdateOrgUnitCommand(own.Id, own.Version, own.Code, "VNPT đổi tên", own.ShortName, own.Kind, own.IsInternal), asUser: DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(
            new DeactivateOrgUnitCommand(own.Id, own.Version, new DateOnly(2025, 1, 1), null), asUser: DemoUsers.VnptReporter));

        Assert.Equal("Viễn thông Trà Vinh (VNPT Trà Vinh)", (await portal.FindUnitAsync(own.Id))!.FullName);
    }

    [Fact]
    public async Task Anonymous_visitor_reads_nothing_of_the_directory()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new GetOrgUnitQuery(vnpt), asUser: DemoUsers.Anonymous));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListOrgUnitsQuery(), asUser: DemoUsers.Anonymous));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new GetDirectorySummaryQuery(), asUser: DemoUsers.Anonymous));
    }

    [Fact]
    public async Task Signed_in_principal_carries_the_users_unit_and_role()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");

        var principal = await portal.PrincipalOfAsync(DemoUsers.VnptReporter);

        Assert.True(principal.Identity?.IsAuthenticated);
        Assert.True(principal.IsInRole("UnitReporter"));
        Assert.Equal(vnpt.ToString(), principal.FindFirst("portal:unit_id")?.Value);
    }
}
