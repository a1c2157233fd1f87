using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;

namespace SoTTTT.Portal.IntegrationTests.Builders;

/// <summary>A valid new unit with a code no other test uses, unless told otherwise.</summary>
public sealed class CreateOrgUnitCommandBuilder
{
    private static int _sequence;

    private CreateOrgUnitCommand _command = new(
        $"TEST{Interlocked.Increment(ref _sequence)}",
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện Tiểu Cần mới",
        null,
        OrgUnitKind.CultureCentre,
        IsInternal: false,
        ActiveFrom: new DateOnly(2022, 1, 1));

    public static CreateOrgUnitCommandBuilder ANewUnit() => new();

    public CreateOrgUnitCommandBuilder WithCode(string code)
    {
        _command = _command with { Code = code };
        return this;
    }

    public CreateOrgUnitCommandBuilder Named(string fullName, string? shortName = null)
    {
        _command = _command with { FullName = fullName, ShortName = shortName };
        return this;
    }

    public CreateOrgUnitCommandBuilder OfKind(OrgUnitKind kind)
    {
        _command = _command with { Kind = kind };
        return this;
    }

    public CreateOrgUnitCommandBuilder Under(Guid parentId)
    {
        _command = _command with { ParentId = parentId };
        return this;
    }

    public CreateOrgUnitCommand Build() => _command;

    public static implicit operator CreateOrgUnitCommand(CreateOrgUnitCommandBuilder builder) => builder.Build();
}
