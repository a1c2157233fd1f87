using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.CreateOrgUnitCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Organisation;

public sealed class UnitGroupTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static int _sequence;

    private static string NewGroupCode() => $"NHOM_{Interlocked.Increment(ref _sequence)}";

    private async Task<(Guid Vnpt, Guid Viettel, Guid MobiFone, Guid Vietnamobile)> TelecomsAsync() => (
        await portal.UnitIdAsync("VNPTTV"),
        await portal.UnitIdAsync("VIETTELTV"),
        await portal.UnitIdAsync("MOBIFONETV"),
        await portal.UnitIdAsync("VNMOBILETV"));

    private static Guid[] MemberIds(UnitGroupView group) => [.. group.Members.Select(m => m.Id)];

    [Fact]
    public async Task Administrator_creates_a_group_whose_members_keep_their_order()
    {
        var (vnpt, viettel, mobiFone, _) = await TelecomsAsync();
        var code = NewGroupCode();

        var id = await portal.SendAsync(new CreateUnitGroupCommand(code.ToLowerInvariant(), "Doanh nghiệp viễn thông được cảnh báo",
            "Nhận công văn cảnh báo lừa đảo", [viettel, vnpt, viettel, mobiFone]), asUser: DemoUsers.Administrator);

        var group = await portal.SendAsync(new GetUnitGroupQuery(id), asUser: DemoUsers.Specialist);
        Assert.Equal(code, group.Code);
        Assert.Equal("Doanh nghiệp viễn thông được cảnh báo", group.Name);
        Assert.Equal([viettel, vnpt, mobiFone], MemberIds(group));
        Assert.True(group.IsActive);

        var listed = await portal.SendAsync(new ListUnitGroupsQuery(Search: "duoc canh bao"), asUser: DemoUsers.Specialist);
        var item = Assert.Single(listed.Items);
        Assert.Equal(3, item.MemberCount);
    }

    [Fact]
    public async Task Updating_a_group_replaces_and_reorders_its_members()
    {
        var (vnpt, viettel, mobiFone, vietnamobile) = await TelecomsAsync();
        var id = await portal.SendAsync(new CreateUnitGroupCommand(NewGroupCode(), "Nhóm nhà mạng", null, [vnpt, viettel, mobiFone]),
            asUser: DemoUsers.Administrator);
        var loaded = await portal.SendAsync(new GetUnitGroupQuery(id), asUser: DemoUsers.Administrator);

        await portal.SendAsync(new UpdateUnitGroupCommand(id, loaded.Version, loaded.Code, "Nhóm nhà mạng di động", "Bốn nhà mạng",
            [vietnamobile, mobiFone, vnpt]), asUser: DemoUsers.Administrator);

        var group = await portal.SendAsync(new GetUnitGroupQuery(id), asUser: DemoUsers.Administrator);
        Assert.Equal("Nhóm nhà mạng di động", group.Name);
        Assert.Equal("Bốn nhà mạng", group.Description);
        Assert.Equal([vietnamobile, mobiFone, vnpt], MemberIds(group));
        Assert.NotEqual(loaded.Version, group.Version);
    }

    [Fact]
    public async Task Stale_version_is_refused_even_when_only_members_change()
    {
        var (vnpt, viettel, mobiFone, _) = await TelecomsAsync();
        var id = await portal.SendAsync(new CreateUnitGroupCommand(NewGroupCode(), "Nhóm thử tranh chấp", null, [vnpt, viettel]),
            asUser: DemoUsers.Administrator);
        var loaded = await portal.SendAsync(new GetUnitGroupQuery(id), asUser: DemoUsers.Administrator);
        await portal.SendAsync(new UpdateUnitGroupCommand(id, loaded.Version, loaded.Code, loaded.Name, null, [viettel, vnpt]),
            asUser: DemoUsers.Administrator);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            portal.SendAsync(new UpdateUnitGroupCommand(id, loaded.Version, loaded.Code, loaded.Name, null, [mobiFone]),
                asUser: DemoUsers.Administrator));

        var group = await portal.SendAsync(new GetUnitGroupQuery(id), asUser: DemoUsers.Administrator);
        Assert.Equal([viettel, vnpt], MemberIds(group));
    }

    [Fact]
    public async Task Deactivated_group_leaves_the_list_and_cannot_be_deactivated_twice()
    {
        var (vnpt, _, _, _) = await TelecomsAsync();
        var id = await portal.SendAsync(new CreateUnitGroupCommand(NewGroupCode(), "Nhóm sắp ngừng dùng", null, [vnpt]), asUser: DemoUsers.Administrator);
        var loaded = await portal.SendAsync(new GetUnitGroupQuery(id), asUser: DemoUsers.Administrator);

        await portal.SendAsync(new SetUnitGroupActiveCommand(id, loaded.Version, Active: false), asUser: DemoUsers.Administrator);

        var deactivated = await portal.SendAsync(new GetUnitGroupQuery(id), asUser: DemoUsers.Administrator);
        Assert.False(deactivated.IsActive);
        var active = await portal.SendAsync(new ListUnitGroupsQuery(Search: "sap ngung dung"), asUser: DemoUsers.Administrator);
        Assert.Empty(active.Items);
        var all = await portal.SendAsync(new ListUnitGroupsQuery(Search: "sap ngung dung", IncludeInactive: true), asUser: DemoUsers.Administrator);
        Assert.False(Assert.Single(all.Items).IsActive);

        await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new SetUnitGroupActiveCommand(id, deactivated.Version, Active: false), asUser: DemoUsers.Administrator));

        await portal.SendAsync(new SetUnitGroupActiveCommand(id, deactivated.Version, Active: true), asUser: DemoUsers.Administrator);
        Assert.True((await portal.SendAsync(new GetUnitGroupQuery(id), asUser: DemoUsers.Administrator)).IsActive);
    }

    [Fact]
    public async Task Duplicate_group_code_is_refused_on_the_code_field()
    {
        var (vnpt, _, _, _) = await TelecomsAsync();

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new CreateUnitGroupCommand("dnvt", "Trùng mã với nhóm doanh nghiệp viễn thông", null, [vnpt]), asUser: DemoUsers.Administrator));

        Assert.Equal(["Mã nhóm này đã được dùng cho một nhóm khác."], refused.Errors["Code"]);
    }

    [Fact]
    public async Task Group_without_members_is_refused_on_the_members_field()
    {
        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new CreateUnitGroupCommand(NewGroupCode(), "Nhóm rỗng", null, []), asUser: DemoUsers.Administrator));

        Assert.Equal(["Nhóm phải có ít nhất một đơn vị."], refused.Errors["MemberIds"]);
    }

    [Fact]
    public async Task Inactive_or_unknown_units_cannot_join_a_group()
    {
        var (vnpt, _, _, _) = await TelecomsAsync();
        var abolished = await portal.CreateUnitAsync(ANewUnit());
        await portal.SendAsync(new DeactivateOrgUnitCommand(abolished.Id, abolished.Version, new DateOnly(2025, 7, 1), null), asUser: DemoUsers.Administrator);

        var withInactive = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new CreateUnitGroupCommand(NewGroupCode(), "Nhóm có đơn vị đã giải thể", null, [vnpt, abolished.Id]), asUser: DemoUsers.Administrator));
        var withUnknown = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new CreateUnitGroupCommand(NewGroupCode(), "Nhóm có đơn vị không tồn tại", null, [vnpt, Guid.NewGuid()]), asUser: DemoUsers.Administrator));

        Assert.Equal(["Thành viên của nhóm phải là các đơn vị đang hoạt động."], withInactive.Errors["MemberIds"]);
        Assert.Equal(["Thành viên của nhóm phải là các đơn vị đang hoạt động."], withUnknown.Errors["MemberIds"]);
    }

    [Fact]
    public async Task Unit_shows_the_groups_it_belongs_to()
    {
        var vnpt = await portal.UnitIdAsync("VNPTTV");

        var unit = await portal.SendAsync(new GetOrgUnitQuery(vnpt), asUser: DemoUsers.Leader);

        Assert.Contains("Các doanh nghiệp viễn thông trên địa bàn tỉnh", unit.GroupNames);
    }

    [Fact]
    public async Task Unit_reporter_cannot_read_groups()
    {
        var dnvt = await portal.ExecuteDbContextAsync(db => Task.FromResult(db.UnitGroups.Single(g => g.Code == "DNVT").Id));

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new ListUnitGroupsQuery(), asUser: DemoUsers.VnptReporter));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => portal.SendAsync(new GetUnitGroupQuery(dnvt), asUser: DemoUsers.VnptReporter));
    }
}
