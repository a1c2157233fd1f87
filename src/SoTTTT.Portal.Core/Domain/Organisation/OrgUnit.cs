using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Organisation;

/// <summary>
/// A unit of the organisation directory: a division of the department, a recipient unit or an
/// outside agency. Units are never deleted: documents keep the names they were issued with, so a
/// unit that is merged or abolished is deactivated, optionally naming its successor.
/// </summary>
public sealed class OrgUnit : Entity, IVersioned
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 250;
    public const int ShortNameMaxLength = 100;

    private OrgUnit()
    {
    }

    /// <summary>Upper-case ASCII code used in document symbols: STTTT, BCVTCNTT, CAT, PC02.</summary>
    public string Code { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    public OrgUnitKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public OrgUnit? Parent { get; private set; }
    /// <summary>True for the department's own divisions; false for recipients outside it.</summary>
    public bool IsInternal { get; private set; }
    public string? Address { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public DateOnly? ActiveFrom { get; private set; }
    public DateOnly? ActiveTo { get; private set; }
    public Guid? SuccessorId { get; private set; }
    public OrgUnit? Successor { get; private set; }
    /// <summary>Code and names folded to lower-case ASCII, so search ignores diacritics in SQL.</summary>
    public string SearchText { get; private set; } = "";
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsActive => ActiveTo is null;

    public static OrgUnit Create(OrgUnitDetails details)
    {
        var unit = new OrgUnit();
        unit.Apply(details);
        return unit;
    }

    public void Update(OrgUnitDetails details)
    {
        if (details.ParentId == Id)
            throw new DomainRuleException("Đơn vị không thể là đơn vị cấp trên của chính nó.", nameof(OrgUnitDetails.ParentId));
        Apply(details);
    }

    /// <summary>
    /// Marks the unit as no longer existing from <paramref name="activeTo"/> (merged, renamed or
    /// abolished). The successor, when given, is where open work can later be moved.
    /// </summary>
    public void Deactivate(DateOnly activeTo, OrgUnit? successor)
    {
        if (!IsActive)
            throw new DomainRuleException("Đơn vị này đã ngừng hoạt động.");
        if (ActiveFrom is { } from && activeTo < from)
            throw new DomainRuleException("Ngày ngừng hoạt động không được trước ngày bắt đầu hoạt động.", "ActiveTo");
        if (successor is not null)
        {
            if (successor.Id == Id)
                throw new DomainRuleException("Đơn vị kế thừa phải là một đơn vị khác.", "SuccessorId");
            if (!successor.IsActive)
                throw new DomainRuleException("Đơn vị kế thừa phải đang hoạt động.", "SuccessorId");
        }

        ActiveTo = activeTo;
        SuccessorId = successor?.Id;
        Successor = successor;
    }

    public void Reactivate()
    {
        if (IsActive)
            throw new DomainRuleException("Đơn vị này đang hoạt động.");
        ActiveTo = null;
        SuccessorId = null;
        Successor = null;
    }

    private void Apply(OrgUnitDetails details)
    {
        Code = NormaliseCode(details.Code);
        FullName = details.FullName.Trim();
        ShortName = string.IsNullOrWhiteSpace(details.ShortName) ? FullName : details.ShortName.Trim();
        Kind = details.Kind;
        ParentId = details.ParentId;
        IsInternal = details.IsInternal;
        Address = Blank(details.Address);
        Phone = Blank(details.Phone);
        Email = Blank(details.Email);
        ActiveFrom = details.ActiveFrom;
        SearchText = VietnameseText.Fold($"{Code} {FullName} {ShortName}");
    }

    public static string NormaliseCode(string code) => code.Trim().ToUpperInvariant();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The editable details of a unit, as a form or the demo seed gives them.</summary>
public sealed record OrgUnitDetails(
    string Code,
    string FullName,
    string? ShortName,
    OrgUnitKind Kind,
    bool IsInternal,
    Guid? ParentId = null,
    string? Address = null,
    string? Phone = null,
    string? Email = null,
    DateOnly? ActiveFrom = null);
