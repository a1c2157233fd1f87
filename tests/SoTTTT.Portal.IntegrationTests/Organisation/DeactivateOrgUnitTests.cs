using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using static SoTTTT.Portal.IntegrationTests.Builders.CreateOrgUnitCommandBuilder;

namespace SoTTTT.Portal.IntegrationTests.Organisation;

/// <summary>Units are merged and abolished (in 2025 the Sở TT&amp;TT merged into the Sở KH&amp;CN); their history stays.</summary>
public sealed class DeactivateOrgUnitTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private static readonly DateOnly Merger = new(2025, 3, 1);

    [Fact]
    public async Task Deactivated_unit_names_its_successor_and_leaves_the_active_list()
    {
        var merged = await portal.CreateUnitAsync(ANewUnit().Named("Sở Thông tin và Truyền thông (cũ)", "Sở TT&TT cũ"));
        var successor = await portal.CreateUnitAsync(ANewUnit().Named("Sở Khoa học và Công nghệ tỉnh Trà Vinh", "Sở KH&CN"));

        await portal.SendAsync(new DeactivateOrgUnitCommand(merged.Id, merged.Version, Merger, successor.Id), asUser: DemoUsers.Administrator);

        var view = await portal.SendAsync(new GetOrgUnitQuery(merged.Id), asUser: DemoUsers.Leader);
        Assert.False(view.IsActive);
        Assert.Equal(Merger, view.ActiveTo);
        Assert.Equal(successor.Id, view.SuccessorId);
        Assert.Equal("Sở Khoa học và Công nghệ tỉnh Trà Vinh", view.SuccessorName);

        var active = await portal.SendAsync(new ListOrgUnitsQuery(Search: merged.Code), asUser: DemoUsers.Leader);
        Assert.DoesNotContain(active.Items, u => u.Id == merged.Id);
        var all = await portal.SendAsync(new ListOrgUnitsQuery(Search: merged.Code, IncludeInactive: true), asUser: DemoUsers.Leader);
        var listed = Assert.Single(all.Items, u => u.Id == merged.Id);
        Assert.False(listed.IsActive);
        Assert.Equal("Sở KH&CN", listed.SuccessorName);
    }

    [Fact]
    public async Task Deactivated_unit_is_no_longer_offered_to_pickers()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());

        await portal.SendAsync(new DeactivateOrgUnitCommand(unit.Id, unit.Version, Merger, null), asUser: DemoUsers.Administrator);

        var options = await portal.SendAsync(new ListUnitOptionsQuery(), asUser: DemoUsers.Specialist);
        Assert.DoesNotContain(options, o => o.Id == unit.Id);
        var everything = await portal.SendAsync(new ListUnitOptionsQuery(ActiveOnly: false), asUser: DemoUsers.Specialist);
        Assert.Contains(everything, o => o.Id == unit.Id);
    }

    [Fact]
    public async Task Reactivated_unit_is_active_again_without_a_successor()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());
        var successor = await portal.CreateUnitAsync(ANewUnit());
        await portal.SendAsync(new DeactivateOrgUnitCommand(unit.Id, unit.Version, Merger, successor.Id), asUser: DemoUsers.Administrator);
        var deactivated = await portal.SendAsync(new GetOrgUnitQuery(unit.Id), asUser: DemoUsers.Administrator);

        await portal.SendAsync(new ReactivateOrgUnitCommand(unit.Id, deactivated.Version), asUser: DemoUsers.Administrator);

        var view = await portal.SendAsync(new GetOrgUnitQuery(unit.Id), asUser: DemoUsers.Administrator);
        Assert.True(view.IsActive);
        Assert.Null(view.ActiveTo);
        Assert.Null(view.SuccessorId);
    }

    [Fact]
    public async Task Deactivation_without_an_end_date_is_refused_on_that_field()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());

        var refused = await Assert.ThrowsAsync<InputValidationException>(() =>
            portal.SendAsync(new DeactivateOrgUnitCommand(unit.Id, unit.Version, ActiveTo: null, SuccessorId: null), asUser: DemoUsers.Administrator));

        Assert.Equal(["Hãy chọn ngày ngừng hoạt động."], refused.Errors["ActiveTo"]);
        Assert.True((await portal.FindUnitAsync(unit.Id))!.IsActive);
    }

    [Fact]
    public async Task Inactive_successor_is_refused()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());
        var abolished = await portal.CreateUnitAsync(ANewUnit());
        await portal.SendAsync(new DeactivateOrgUnitCommand(abolished.Id, abolished.Version, Merger, null), asUser: DemoUsers.Administrator);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new DeactivateOrgUnitCommand(unit.Id, unit.Version, Merger, abolished.Id), asUser: DemoUsers.Administrator));

        Assert.Equal("SuccessorId", refused.Field);
        Assert.True((await portal.FindUnitAsync(unit.Id))!.IsActive);
    }

    [Fact]
    public async Task Unknown_successor_is_refused()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new DeactivateOrgUnitCommand(unit.Id, unit.Version, Merger, Guid.NewGuid()), asUser: DemoUsers.Administrator));

        Assert.Equal("SuccessorId", refused.Field);
    }

    [Fact]
    public async Task Unit_cannot_succeed_itself()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());

        await Assert.ThrowsAsync<DomainRuleException>(() =>
            portal.SendAsync(new DeactivateOrgUnitCommand(unit.Id, unit.Version, Merger, unit.Id), asUser: DemoUsers.Administrator));

        Assert.True((await portal.FindUnitAsync(unit.Id))!.IsActive);
    }

    [Fact]
    public async Task Deactivating_with_a_stale_version_is_refused()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());
        await portal.SendAsync(new UpdateOrgUnitCommand(unit.Id, unit.Version, unit.Code, "Đổi tên trước", null, unit.Kind, unit.IsInternal),
            asUser: DemoUsers.Administrator);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            portal.SendAsync(new DeactivateOrgUnitCommand(unit.Id, unit.Version, Merger, null), asUser: DemoUsers.Administrator));

        Assert.True((await portal.FindUnitAsync(unit.Id))!.IsActive);
    }

    [Fact]
    public async Task Specialist_cannot_deactivate_a_unit()
    {
        var unit = await portal.CreateUnitAsync(ANewUnit());

        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            portal.SendAsync(new DeactivateOrgUnitCommand(unit.Id, unit.Version, Merger, null), asUser: DemoUsers.Specialist));

        Assert.True((await portal.FindUnitAsync(unit.Id))!.IsActive);
    }
}
