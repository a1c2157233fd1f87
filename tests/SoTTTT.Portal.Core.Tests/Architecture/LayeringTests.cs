using NetArchTest.Rules;

namespace SoTTTT.Portal.Core.Tests.Architecture;

/// <summary>DESIGN §6: the Core knows nothing of ASP.NET or of the outer projects; the domain knows no framework.</summary>
public sealed class LayeringTests
{
    private static readonly System.Reflection.Assembly Core = typeof(CoreMarker).Assembly;
    private const string DomainNamespace = "SoTTTT.Portal.Core.Domain";

    private static string Describe(NetArchTest.Rules.TestResult result) =>
        string.Join(", ", result.FailingTypeNames ?? []);

    [Fact]
    public void Core_references_nothing_of_ASP_NET_Infrastructure_or_Web()
    {
        var result = Types.InAssembly(Core)
            .ShouldNot()
            .HaveDependencyOnAny("Microsoft.AspNetCore", "SoTTTT.Portal.Infrastructure", "SoTTTT.Portal.Web")
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Core_assembly_references_no_ASP_NET_or_outer_assembly()
    {
        var referenced = Core.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("SoTTTT.Portal.Infrastructure", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("SoTTTT.Portal.Web", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.EntityFrameworkCore.Sqlite", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.EntityFrameworkCore.SqlServer", StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_references_neither_EF_Core_nor_FluentValidation()
    {
        var result = Types.InAssembly(Core)
            .That().ResideInNamespace(DomainNamespace)
            .ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "FluentValidation")
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Domain_rules_are_checked_against_real_domain_types()
    {
        // Guards the rule above against passing vacuously after a namespace rename.
        var domainTypes = Types.InAssembly(Core).That().ResideInNamespace(DomainNamespace).GetTypes().Select(t => t.Name).ToList();

        Assert.Contains("OrgUnit", domainTypes);
        Assert.Contains("UnitGroup", domainTypes);
        Assert.Contains("RolePermissions", domainTypes);
    }

    [Fact]
    public void Dependency_rules_do_see_the_dependencies_the_use_cases_have()
    {
        // A rule that never fails proves nothing: the same check finds FluentValidation in the features.
        var result = Types.InAssembly(Core)
            .That().ResideInNamespace("SoTTTT.Portal.Core.Features")
            .ShouldNot()
            .HaveDependencyOn("FluentValidation")
            .GetResult();

        Assert.False(result.IsSuccessful);
        Assert.Contains("SoTTTT.Portal.Core.Features.Organisation.CreateOrgUnitValidator", result.FailingTypeNames ?? []);
    }
}
