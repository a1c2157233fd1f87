using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;

namespace SoTTTT.Portal.Core.Features.Documents;

/// <summary>
/// Which outgoing documents a user may read: document staff read all; anyone else only issued
/// documents that reached their own unit (named, through a group, or in "Nơi nhận").
/// </summary>
public static class OutgoingVisibility
{
    public static IQueryable<OutgoingDocument> VisibleTo(this IQueryable<OutgoingDocument> documents, IResourceAuthorizer authorizer, ICurrentUser user)
    {
        if (authorizer.HasPermission(Permission.ReadDocuments))
            return documents;
        if (!user.IsAuthenticated || user.UnitId is not { } unitId)
            return documents.Where(_ => false);
        return documents.Where(d => d.Status == OutgoingStatus.Issued && d.RecipientUnits.Any(r => r.UnitId == unitId));
    }
}
