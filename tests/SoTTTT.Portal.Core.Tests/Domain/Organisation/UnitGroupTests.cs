using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Tests.Domain.Organisation;

public sealed class UnitGroupTests
{
    private static readonly Guid Vnpt = Guid.NewGuid();
    private static readonly Guid Viettel = Guid.NewGuid();
    private static readonly Guid MobiFone = Guid.NewGuid();
    private static readonly Guid Vietnamobile = Guid.NewGuid();

    private static UnitGroup Telecoms(params Guid[] members) =>
        UnitGroup.Create("dnvt", " Các doanh nghiệp viễn thông trên địa bàn tỉnh ", "  ", members);

    private static Guid[] MembersInOrder(UnitGroup group) =>
        [.. group.Members.OrderBy(m => m.Position).Select(m => m.UnitId)];

    [Fact]
    public void Group_keeps_its_members_in_the_order_given()
    {
        var group = Telecoms(Viettel, Vnpt, MobiFone);

        Assert.Equal([Viettel, Vnpt, MobiFone], MembersInOrder(group));
        Assert.Equal([1, 2, 3], group.Members.Select(m => m.Position).Order());
    }

    [Fact]
    public void Group_normalises_its_code_name_and_description()
    {
        var group = Telecoms(Vnpt);

        Assert.Equal("DNVT", group.Code);
        Assert.Equal("Các doanh nghiệp viễn thông trên địa bàn tỉnh", group.Name);
        Assert.Null(group.Description);
        Assert.Contains("doanh nghiep vien thong", group.SearchText, StringComparison.Ordinal);
        Assert.True(group.IsActive);
    }

    [Fact]
    public void Duplicate_members_are_listed_once_at_their_first_place()
    {
        var group = Telecoms(Vnpt, Viettel, Vnpt, MobiFone, Viettel);

        Assert.Equal([Vnpt, Viettel, MobiFone], MembersInOrder(group));
    }

    [Fact]
    public void Group_without_members_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Telecoms());

        Assert.Equal("MemberIds", refused.Field);
    }

    [Fact]
    public void Updating_members_drops_the_removed_adds_the_new_and_renumbers()
    {
        var group = Telecoms(Vnpt, Viettel, MobiFone);

        group.Update("DNVT", "Các doanh nghiệp viễn thông", null, [MobiFone, Vnpt, Vietnamobile]);

        Assert.Equal([MobiFone, Vnpt, Vietnamobile], MembersInOrder(group));
        Assert.Equal(3, group.Members.Count);
        Assert.DoesNotContain(group.Members, m => m.UnitId == Viettel);
    }

    [Fact]
    public void Updating_a_group_to_no_members_is_refused()
    {
        var group = Telecoms(Vnpt, Viettel);

        var refused = Assert.Throws<DomainRuleException>(() => group.Update("DNVT", "Các doanh nghiệp viễn thông", null, []));

        Assert.Equal("MemberIds", refused.Field);
        Assert.Equal([Vnpt, Viettel], MembersInOrder(group));
    }

    [Fact]
    public void Deactivated_group_is_no_longer_active()
    {
        var group = Telecoms(Vnpt);

        group.Deactivate();

        Assert.False(group.IsActive);
    }

    [Fact]
    public void Inactive_group_cannot_be_deactivated_again()
    {
        var group = Telecoms(Vnpt);
        group.Deactivate();

        Assert.Throws<DomainRuleException>(group.Deactivate);
    }

    [Fact]
    public void Reactivated_group_is_active_again()
    {
        var group = Telecoms(Vnpt);
        group.Deactivate();

        group.Reactivate();

        Assert.True(group.IsActive);
    }

    [Fact]
    public void Active_group_cannot_be_reactivated()
    {
        var group = Telecoms(Vnpt);

        Assert.Throws<DomainRuleException>(group.Reactivate);
    }
}
