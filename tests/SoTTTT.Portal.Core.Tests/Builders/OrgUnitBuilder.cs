using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Core.Tests.Builders;

/// <summary>Builds units for tests: a valid telecom enterprise unless told otherwise.</summary>
internal sealed class OrgUnitBuilder
{
    private static int _sequence;

    private string _code = $"DV{Interlocked.Increment(ref _sequence)}";
    private string _fullName = "Viễn thông Trà Vinh (VNPT Trà Vinh)";
    private string? _shortName = "VNPT Trà Vinh";
    private OrgUnitKind _kind = OrgUnitKind.TelecomEnterprise;
    private bool _isInternal;
    private DateOnly? _activeFrom = new(2008, 1, 1);

    public static OrgUnitBuilder AUnit() => new();

    public OrgUnitBuilder WithCode(string code)
    {
        _code = code;
        return this;
    }

    public OrgUnitBuilder Named(string fullName, string? shortName = null)
    {
        _fullName = fullName;
        _shortName = shortName;
        return this;
    }

    public OrgUnitBuilder OfKind(OrgUnitKind kind, bool isInternal = false)
    {
        _kind = kind;
        _isInternal = isInternal;
        return this;
    }

    public OrgUnitBuilder ActiveFrom(DateOnly? activeFrom)
    {
        _activeFrom = activeFrom;
        return this;
    }

    public OrgUnitDetails Details(Guid? parentId = null) =>
        new(_code, _fullName, _shortName, _kind, _isInternal, parentId, ActiveFrom: _activeFrom);

    public OrgUnit Build() => OrgUnit.Create(Details());
}
