using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Organisation;
using static SoTTTT.Portal.Core.Tests.Builders.OrgUnitBuilder;

namespace SoTTTT.Portal.Core.Tests.Domain.Organisation;

public sealed class OrgUnitTests
{
    private static readonly DateOnly Merger = new(2025, 7, 1);

    [Fact]
    public void Code_is_stored_trimmed_and_upper_case()
    {
        var unit = AUnit().WithCode("  bcvtCntt ").Build();

        Assert.Equal("BCVTCNTT", unit.Code);
    }

    [Fact]
    public void Short_name_defaults_to_the_full_name_when_left_blank()
    {
        var unit = AUnit().Named("  Công an tỉnh Trà Vinh ", shortName: "   ").Build();

        Assert.Equal("Công an tỉnh Trà Vinh", unit.FullName);
        Assert.Equal("Công an tỉnh Trà Vinh", unit.ShortName);
    }

    [Fact]
    public void Short_name_given_is_kept_trimmed()
    {
        var unit = AUnit().Named("Công an tỉnh Trà Vinh", shortName: " Công an tỉnh ").Build();

        Assert.Equal("Công an tỉnh", unit.ShortName);
    }

    [Fact]
    public void Blank_contact_details_are_stored_as_absent()
    {
        var unit = OrgUnit.Create(new OrgUnitDetails("CAT", "Công an tỉnh Trà Vinh", null, OrgUnitKind.ExternalAgency, false,
            Address: "  ", Phone: "", Email: " ptp@travinh.gov.vn "));

        Assert.Null(unit.Address);
        Assert.Null(unit.Phone);
        Assert.Equal("ptp@travinh.gov.vn", unit.Email);
    }

    [Fact]
    public void Search_text_holds_the_code_and_names_without_diacritics()
    {
        var unit = AUnit().WithCode("TTVHCK").Named("Trung tâm Văn hóa, Thông tin và Thể thao huyện Cầu Kè", "TTVH-TT-TT Cầu Kè").Build();

        Assert.Contains("ttvhck", unit.SearchText, StringComparison.Ordinal);
        Assert.Contains("van hoa", unit.SearchText, StringComparison.Ordinal);
        Assert.Contains("cau ke", unit.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void New_unit_is_active()
    {
        var unit = AUnit().Build();

        Assert.True(unit.IsActive);
        Assert.Null(unit.ActiveTo);
    }

    [Fact]
    public void Update_replaces_the_details_and_refolds_the_search_text()
    {
        var unit = AUnit().WithCode("STTTT").Named("Sở Thông tin và Truyền thông tỉnh Trà Vinh", "Sở TT&TT").Build();

        unit.Update(AUnit().WithCode("skhcn").Named("Sở Khoa học và Công nghệ tỉnh Vĩnh Long", null)
            .OfKind(OrgUnitKind.Department, isInternal: true).Details());

        Assert.Equal("SKHCN", unit.Code);
        Assert.Equal("Sở Khoa học và Công nghệ tỉnh Vĩnh Long", unit.ShortName);
        Assert.Equal(OrgUnitKind.Department, unit.Kind);
        Assert.True(unit.IsInternal);
        Assert.Contains("khoa hoc", unit.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("truyen thong", unit.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_cannot_be_its_own_parent()
    {
        var unit = AUnit().Named("Phòng Bưu chính, Viễn thông và Công nghệ thông tin").Build();

        var refused = Assert.Throws<DomainRuleException>(() => unit.Update(AUnit().Details(parentId: unit.Id)));

        Assert.Equal("ParentId", refused.Field);
        Assert.Equal("Phòng Bưu chính, Viễn thông và Công nghệ thông tin", unit.FullName);
        Assert.Null(unit.ParentId);
    }

    [Fact]
    public void Unit_can_be_placed_under_another_unit()
    {
        var department = AUnit().WithCode("STTTT").Build();
        var division = AUnit().WithCode("BCVTCNTT").Build();

        division.Update(AUnit().WithCode("BCVTCNTT").Details(parentId: department.Id));

        Assert.Equal(department.Id, division.ParentId);
    }

    [Fact]
    public void Deactivating_with_a_successor_records_the_end_date_and_the_successor()
    {
        var department = AUnit().WithCode("STTTT").Build();
        var successor = AUnit().WithCode("SKHCN").Build();

        department.Deactivate(Merger, successor);

        Assert.False(department.IsActive);
        Assert.Equal(Merger, department.ActiveTo);
        Assert.Equal(successor.Id, department.SuccessorId);
        Assert.Same(successor, department.Successor);
    }

    [Fact]
    public void Deactivating_without_a_successor_records_only_the_end_date()
    {
        var districtOffice = AUnit().WithCode("PVHTTCK").Build();

        districtOffice.Deactivate(Merger, successor: null);

        Assert.False(districtOffice.IsActive);
        Assert.Null(districtOffice.SuccessorId);
    }

    [Fact]
    public void Unit_cannot_be_its_own_successor()
    {
        var unit = AUnit().Build();

        var refused = Assert.Throws<DomainRuleException>(() => unit.Deactivate(Merger, unit));

        Assert.Equal("SuccessorId", refused.Field);
        Assert.True(unit.IsActive);
    }

    [Fact]
    public void Inactive_successor_is_refused()
    {
        var unit = AUnit().Build();
        var abolished = AUnit().Build();
        abolished.Deactivate(new DateOnly(2024, 12, 31), successor: null);

        var refused = Assert.Throws<DomainRuleException>(() => unit.Deactivate(Merger, abolished));

        Assert.Equal("SuccessorId", refused.Field);
        Assert.True(unit.IsActive);
    }

    [Fact]
    public void Inactive_unit_cannot_be_deactivated_again()
    {
        var unit = AUnit().Build();
        unit.Deactivate(Merger, successor: null);

        Assert.Throws<DomainRuleException>(() => unit.Deactivate(Merger.AddDays(1), successor: null));
        Assert.Equal(Merger, unit.ActiveTo);
    }

    [Fact]
    public void Unit_cannot_stop_before_it_started()
    {
        var unit = AUnit().ActiveFrom(new DateOnly(2022, 1, 1)).Build();

        var refused = Assert.Throws<DomainRuleException>(() => unit.Deactivate(new DateOnly(2021, 12, 31), successor: null));

        Assert.Equal("ActiveTo", refused.Field);
        Assert.True(unit.IsActive);
    }

    [Fact]
    public void Unit_may_stop_on_the_day_it_started()
    {
        var start = new DateOnly(2022, 1, 1);
        var unit = AUnit().ActiveFrom(start).Build();

        unit.Deactivate(start, successor: null);

        Assert.Equal(start, unit.ActiveTo);
    }

    [Fact]
    public void Reactivating_clears_the_end_date_and_the_successor()
    {
        var unit = AUnit().Build();
        unit.Deactivate(Merger, AUnit().Build());

        unit.Reactivate();

        Assert.True(unit.IsActive);
        Assert.Null(unit.ActiveTo);
        Assert.Null(unit.SuccessorId);
        Assert.Null(unit.Successor);
    }

    [Fact]
    public void Active_unit_cannot_be_reactivated()
    {
        var unit = AUnit().Build();

        Assert.Throws<DomainRuleException>(unit.Reactivate);
    }
}
