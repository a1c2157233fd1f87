using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Domain.Documents;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>
/// The columns a list of outgoing documents reads in SQL; the number and symbol are composed
/// afterwards, in one place, because SQL cannot apply <see cref="OutgoingSymbol"/>.
/// </summary>
public sealed record OutgoingRow(
    Guid Id, DocumentType Type, string IssuerCode, string DraftingUnitCode, int? Number, DateOnly? IssuedOn, string Summary, OutgoingStatus Status)
{
    public static readonly Expression<Func<OutgoingDocument, OutgoingRow>> Select =
        d => new OutgoingRow(d.Id, d.Type, d.IssuerCode, d.DraftingUnitCode, d.Number, d.IssuedOn, d.Summary, d.Status);

    public string NumberAndSymbol => OutgoingSymbol.WithNumber(Number, OutgoingSymbol.Of(Type, IssuerCode, DraftingUnitCode));

    public OutgoingListItem ToListItem() => new(Id, Type, NumberAndSymbol, IssuedOn, Summary, Status, DraftingUnitCode);
}

/// <summary>Every unit an issued document reaches: those its lines name, and the members of the groups they name.</summary>
public static class OutgoingRecipients
{
    public static async Task<List<Guid>> UnitsReachedAsync(IPortalDbContext db, OutgoingDocument document, CancellationToken cancellationToken)
    {
        var lines = document.Addressees.Concat(document.Distribution).ToList();
        var groupIds = lines.Where(l => l.GroupId is not null).Select(l => l.GroupId!.Value).Distinct().ToList();
        var members = await db.UnitGroupMembers.Where(m => groupIds.Contains(m.GroupId)).Select(m => m.UnitId).ToListAsync(cancellationToken);
        return lines.Where(l => l.UnitId is not null).Select(l => l.UnitId!.Value).Concat(members).Distinct().ToList();
    }
}
