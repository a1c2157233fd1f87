using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using SqlServerDesignTimeFactory = SoTTTT.Portal.Migrations.SqlServer.DesignTimeFactory;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>
/// A draft's lines and sections are numbered by the document (1, 2, 3… in each document), so the
/// database must store those numbers, not generate its own: a generated key makes EF Core update
/// rows that do not exist when an edit adds a line, and SQL Server refuses explicit values in an
/// identity column.
/// </summary>
public sealed class OutgoingDocumentModelTests(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    public static TheoryData<string, string> NumberedParts() => new()
    {
        { nameof(OutgoingDocument.Addressees), nameof(RecipientLine.Position) },
        { nameof(OutgoingDocument.Distribution), nameof(RecipientLine.Position) },
        { nameof(OutgoingDocument.Sections), nameof(DocumentSection.Number) },
    };

    [Theory]
    [MemberData(nameof(NumberedParts))]
    public async Task Sqlite_stores_the_documents_own_numbering(string navigation, string property)
    {
        var generated = await portal.ExecuteDbContextAsync(db => Task.FromResult(ValueGeneratedOf(db.Model, navigation, property)));

        Assert.Equal(ValueGenerated.Never, generated);
    }

    [Theory]
    [MemberData(nameof(NumberedParts))]
    public void Sql_Server_stores_the_documents_own_numbering(string navigation, string property)
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.Equal(ValueGenerated.Never, ValueGeneratedOf(db.Model, navigation, property));
    }

    private static ValueGenerated ValueGeneratedOf(IModel model, string navigation, string property) =>
        model.FindEntityType(typeof(OutgoingDocument))!.FindNavigation(navigation)!.TargetEntityType.FindProperty(property)!.ValueGenerated;
}
