using Mediator;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Features.Attachments;

namespace SoTTTT.Portal.Web.Attachments;

/// <summary>
/// GET /tep-dinh-kem/{id}: an attachment, always as a download under its original name, for whoever
/// may read its owner. Anyone else — and any unknown id — gets 404.
/// </summary>
public static class AttachmentEndpoints
{
    public static string DownloadUrl(Guid attachmentId) => $"/tep-dinh-kem/{attachmentId}";

    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/tep-dinh-kem/{id:guid}", DownloadAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext context, CancellationToken cancellationToken)
    {
        // The request's scope already carries the signed-in user (see the middleware in Program).
        var mediator = context.RequestServices.GetRequiredService<IMediator>();
        AttachmentContent content;
        try
        {
            content = await mediator.Send(new GetAttachmentContentQuery(id), cancellationToken);
        }
        catch (Exception ex) when (ex is NotFoundException or ForbiddenAccessException)
        {
            return Results.NotFound();
        }

        // Never rendered inline, never sniffed into HTML, never kept by a shared cache.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, no-store";
        // Results.File writes Content-Disposition: attachment with an ASCII filename and an RFC 5987 filename* in UTF-8.
        return Results.File(content.Content, content.ContentType, content.FileName);
    }
}
