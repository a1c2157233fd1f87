using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;

namespace SoTTTT.Portal.Web.Components.Pages.Directory;

/// <summary>What the unit form edits; turned into a command when saved.</summary>
public sealed class OrgUnitFormModel
{
    public Guid? Id { get; set; }
    public Guid Version { get; set; }
    public string Code { get; set; } = "";
    public string FullName { get; set; } = "";
    public string? ShortName { get; set; }
    public OrgUnitKind Kind { get; set; } = OrgUnitKind.TelecomEnterprise;
    public bool IsInternal { get; set; }
    public Guid? ParentId { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DateTime? ActiveFrom { get; set; }

    public static OrgUnitFormModel From(OrgUnitView unit) => new()
    {
        Id = unit.Id,
        Version = unit.Version,
        Code = unit.Code,
        FullName = unit.FullName,
        ShortName = unit.ShortName,
        Kind = unit.Kind,
        IsInternal = unit.IsInternal,
        ParentId = unit.ParentId,
        Address = unit.Address,
        Phone = unit.Phone,
        Email = unit.Email,
        ActiveFrom = unit.ActiveFrom?.ToDateTime(TimeOnly.MinValue),
    };

    public CreateOrgUnitCommand ToCreateCommand() =>
        new(Code, FullName, ShortName, Kind, IsInternal, ParentId, Address, Phone, Email, ActiveFromDate);

    public UpdateOrgUnitCommand ToUpdateCommand() =>
        new(Id ?? throw new InvalidOperationException("Only a loaded unit can be updated."), Version,
            Code, FullName, ShortName, Kind, IsInternal, ParentId, Address, Phone, Email, ActiveFromDate);

    private DateOnly? ActiveFromDate => ActiveFrom is { } date ? DateOnly.FromDateTime(date) : null;
}
