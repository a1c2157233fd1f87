using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Notifications;
using SoTTTT.Portal.Core.Domain.Organisation;

namespace SoTTTT.Portal.Infrastructure.Persistence.Configurations;

internal sealed class RegisterCounterConfiguration : IEntityTypeConfiguration<RegisterCounter>
{
    public void Configure(EntityTypeBuilder<RegisterCounter> builder)
    {
        builder.ToTable("RegisterCounters");
        builder.HasKey(c => new { c.Kind, c.Year });
        builder.Property(c => c.Kind).HasConversion<int>();
    }
}

internal sealed class IncomingDocumentConfiguration : IEntityTypeConfiguration<IncomingDocument>
{
    public void Configure(EntityTypeBuilder<IncomingDocument> builder)
    {
        builder.ToTable("IncomingDocuments");
        builder.Property(d => d.Id).ValueGeneratedNever();
        // Số đến is unique within its year's register.
        builder.HasIndex(d => new { d.ArrivalYear, d.ArrivalNumber }).IsUnique();
        builder.Property(d => d.NumberSymbol).HasMaxLength(IncomingDocument.NumberSymbolMaxLength).IsRequired();
        builder.Property(d => d.IssuingAgency).HasMaxLength(IncomingDocument.AgencyMaxLength).IsRequired();
        builder.Property(d => d.Summary).HasMaxLength(IncomingDocument.SummaryMaxLength).IsRequired();
        builder.Property(d => d.Direction).HasMaxLength(IncomingDocument.DirectionMaxLength);
        builder.Property(d => d.HandlingNote).HasMaxLength(IncomingDocument.DirectionMaxLength);
        builder.Property(d => d.DirectingLeaderId).HasMaxLength(450);
        builder.Property(d => d.DirectedById).HasMaxLength(450);
        builder.Property(d => d.SearchText).HasMaxLength(1400).IsRequired();
        builder.Property(d => d.Type).HasConversion<int>();
        builder.Property(d => d.Urgency).HasConversion<int>();
        builder.Property(d => d.Confidentiality).HasConversion<int>();
        builder.Property(d => d.Status).HasConversion<int>();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.IssuingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.HandlingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.Status, d.ReceivedOn });
    }

    /// <summary>
    /// The register's search index: arrival order, folded text and id, so a search counts and picks its page's ids
    /// without reading the rows. SQL Server cannot key on a 1,400-character text (1,700 bytes at most): there the
    /// text is an included column, and the clustered id is in every index already.
    /// </summary>
    public static void AddSearchIndex(EntityTypeBuilder<IncomingDocument> builder, bool sqlServer)
    {
        if (sqlServer)
            builder.HasIndex(d => new { d.ArrivalYear, d.ArrivalNumber }, SearchIndex).IncludeProperties(d => d.SearchText);
        else
            builder.HasIndex(d => new { d.ArrivalYear, d.ArrivalNumber, d.SearchText, d.Id }, SearchIndex);
    }

    private const string SearchIndex = "IX_IncomingDocuments_Search";
}

internal sealed class OutgoingDocumentConfiguration : IEntityTypeConfiguration<OutgoingDocument>
{
    public void Configure(EntityTypeBuilder<OutgoingDocument> builder)
    {
        builder.ToTable("OutgoingDocuments");
        builder.Property(d => d.Id).ValueGeneratedNever();
        // Số đi is unique within its year's register (rows without a number yet are drafts).
        builder.HasIndex(d => new { d.Year, d.Number }).IsUnique();
        builder.Property(d => d.IssuerCode).HasMaxLength(20).IsRequired();
        builder.Property(d => d.DraftingUnitCode).HasMaxLength(OrgUnit.CodeMaxLength).IsRequired();
        builder.Property(d => d.Place).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Summary).HasMaxLength(OutgoingDocument.SummaryMaxLength).IsRequired();
        builder.Property(d => d.Preamble).HasMaxLength(OutgoingDocument.TextMaxLength);
        builder.Property(d => d.Closing).HasMaxLength(OutgoingDocument.LineMaxLength);
        builder.Property(d => d.SignerUserId).HasMaxLength(450);
        builder.Property(d => d.SignerName).HasMaxLength(150).IsRequired();
        builder.Property(d => d.HeadTitle).HasMaxLength(150);
        builder.Property(d => d.SignerTitle).HasMaxLength(150).IsRequired();
        builder.Property(d => d.IssuedById).HasMaxLength(450);
        builder.Property(d => d.CreatedById).HasMaxLength(450).IsRequired();
        builder.Property(d => d.ReturnReason).HasMaxLength(2000);
        builder.Property(d => d.SearchText).HasMaxLength(1200).IsRequired();
        builder.Property(d => d.Type).HasConversion<int>();
        builder.Property(d => d.Status).HasConversion<int>();
        builder.Property(d => d.Authority).HasConversion<int>();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.IsEditable);
        builder.Ignore(d => d.Symbol);
        builder.Ignore(d => d.NumberAndSymbol);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.DraftingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutgoingDocument>().WithMany().HasForeignKey(d => d.ReplacesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.Status, d.IssuedOn });

        builder.OwnsMany(d => d.Addressees, line => ConfigureLine(line, "OutgoingAddressees"));
        builder.OwnsMany(d => d.Distribution, line => ConfigureLine(line, "OutgoingDistribution"));
        builder.OwnsMany(d => d.Sections, section =>
        {
            section.ToTable("OutgoingSections");
            section.WithOwner().HasForeignKey("DocumentId");
            section.HasKey("DocumentId", nameof(DocumentSection.Number));
            // The document numbers its sections itself (1, 2, 3…); the database must not generate them.
            section.Property(s => s.Number).ValueGeneratedNever();
            section.Property(s => s.Heading).HasMaxLength(OutgoingDocument.LineMaxLength);
            section.Property(s => s.Body).HasMaxLength(OutgoingDocument.TextMaxLength).IsRequired();
        });
        builder.OwnsMany(d => d.Citations, citation =>
        {
            citation.ToTable("OutgoingCitations");
            citation.WithOwner().HasForeignKey("DocumentId");
            citation.HasKey("DocumentId", nameof(DocumentCitation.IncomingDocumentId));
            citation.HasOne<IncomingDocument>().WithMany().HasForeignKey(c => c.IncomingDocumentId).OnDelete(DeleteBehavior.Restrict);
            citation.HasIndex(c => c.IncomingDocumentId);
        });
        builder.OwnsMany(d => d.RecipientUnits, recipient =>
        {
            recipient.ToTable("OutgoingRecipientUnits");
            recipient.WithOwner().HasForeignKey("DocumentId");
            recipient.HasKey("DocumentId", nameof(DocumentRecipientUnit.UnitId));
            recipient.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
            // A reporter's list: the documents that reached this unit.
            recipient.HasIndex(r => r.UnitId);
        });
        foreach (var name in new[] { nameof(OutgoingDocument.Addressees), nameof(OutgoingDocument.Distribution), nameof(OutgoingDocument.Sections), nameof(OutgoingDocument.Citations), nameof(OutgoingDocument.RecipientUnits) })
            builder.Navigation(name).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    private static void ConfigureLine(OwnedNavigationBuilder<OutgoingDocument, RecipientLine> line, string table)
    {
        line.ToTable(table);
        line.WithOwner().HasForeignKey("DocumentId");
        line.HasKey("DocumentId", nameof(RecipientLine.Position));
        // The document numbers its lines itself; a generated key would make EF update rows an edit adds.
        line.Property(l => l.Position).ValueGeneratedNever();
        line.Property(l => l.Text).HasMaxLength(OutgoingDocument.LineMaxLength).IsRequired();
        line.Property(l => l.Purpose).HasConversion<int>();
        line.Ignore(l => l.DistributionText);
        line.HasOne<OrgUnit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
        line.HasOne<UnitGroup>().WithMany().HasForeignKey(l => l.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentEventConfiguration : IEntityTypeConfiguration<DocumentEvent>
{
    public void Configure(EntityTypeBuilder<DocumentEvent> builder)
    {
        builder.ToTable("DocumentEvents");
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(150).IsRequired();
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.Property(e => e.Action).HasConversion<int>();
        builder.HasIndex(e => e.DocumentId);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        builder.Property(n => n.Message).HasMaxLength(Notification.MessageMaxLength).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(300);
        // The unread badge counts these on every page.
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc });
    }
}
