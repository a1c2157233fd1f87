using SoTTTT.Portal.Core.Common.Text;

namespace SoTTTT.Portal.Core.Domain.Organisation;

/// <summary>
/// A named set of units that a document addresses as one, e.g. "Các doanh nghiệp viễn thông
/// trên địa bàn tỉnh". Membership is ordered as the group is read out in a Kính gửi list.
/// </summary>
public sealed class UnitGroup : Entity, IVersioned
{
    public const int CodeMaxLength = 30;
    public const int NameMaxLength = 250;

    private readonly List<UnitGroupMember> _members = [];

    private UnitGroup()
    {
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public bool IsActive { get; private set; } = true;
    public string SearchText { get; private set; } = "";
    public Guid Version { get; set; } = Guid.NewGuid();
    public IReadOnlyList<UnitGroupMember> Members => _members;

    public static UnitGroup Create(string code, string name, string? description, IEnumerable<Guid> memberIds)
    {
        var group = new UnitGroup();
        group.Update(code, name, description, memberIds);
        return group;
    }

    public void Update(string code, string name, string? description, IEnumerable<Guid> memberIds)
    {
        // Checked before anything changes, so a refused update leaves the group as it was.
        var ids = memberIds.Distinct().ToList();
        if (ids.Count == 0)
            throw new DomainRuleException("Nhóm phải có ít nhất một đơn vị.", "MemberIds");

        Code = OrgUnit.NormaliseCode(code);
        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        SearchText = VietnameseText.Fold($"{Code} {Name}");
        SetMembers(ids);
    }

    public void Deactivate()
    {
        if (!IsActive)
            throw new DomainRuleException("Nhóm này đã ngừng sử dụng.");
        IsActive = false;
    }

    public void Reactivate()
    {
        if (IsActive)
            throw new DomainRuleException("Nhóm này đang được sử dụng.");
        IsActive = true;
    }

    private void SetMembers(List<Guid> ids)
    {
        _members.RemoveAll(m => !ids.Contains(m.UnitId));
        for (var i = 0; i < ids.Count; i++)
        {
            var existing = _members.Find(m => m.UnitId == ids[i]);
            if (existing is null)
                _members.Add(new UnitGroupMember(Id, ids[i], i + 1));
            else
                existing.Position = i + 1;
        }
        _members.Sort((a, b) => a.Position.CompareTo(b.Position));
    }
}

public sealed class UnitGroupMember
{
    public UnitGroupMember(Guid groupId, Guid unitId, int position)
    {
        GroupId = groupId;
        UnitId = unitId;
        Position = position;
    }

    public Guid GroupId { get; private set; }
    public UnitGroup? Group { get; private set; }
    public Guid UnitId { get; private set; }
    public OrgUnit? Unit { get; private set; }
    /// <summary>1-based order within the group.</summary>
    public int Position { get; internal set; }
}
