using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>Writes a document's history line as the current user, now.</summary>
public sealed class DocumentHistory(IPortalDbContext db, ICurrentUser user, TimeProvider clock)
{
    public void Record(Guid documentId, DocumentAction action, string? note = null) =>
        db.DocumentEvents.Add(new DocumentEvent(documentId, clock.UtcNow(), user.UserId, user.DisplayName, action, note));
}
