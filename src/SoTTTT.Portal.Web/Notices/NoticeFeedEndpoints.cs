using System.Globalization;
using System.Text;
using System.Xml;
using Mediator;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SoTTTT.Portal.Core.Common;
using SoTTTT.Portal.Core.Features.Notices;

namespace SoTTTT.Portal.Web.Notices;

/// <summary>GET /canh-bao/rss: the newest published notices as RSS 2.0, for anyone.</summary>
public static class NoticeFeedEndpoints
{
    public const string FeedPath = "/canh-bao/rss";
    public const int FeedSize = 20;

    public static IEndpointRouteBuilder MapNoticeFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(FeedPath, async (HttpContext context, IMediator mediator, IOptions<IssuingBodyOptions> issuingBody,
            IStringLocalizer<SharedResource> l, CancellationToken cancellationToken) =>
        {
            var notices = await mediator.Send(new ListPublishedNoticesQuery(1, FeedSize), cancellationToken);
            var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
            var xml = Feed(notices.Items, baseUrl, l["Cảnh báo cho người dân"], l["Các cảnh báo, khuyến cáo của {0} gửi đến người dân.", issuingBody.Value.DisplayName]);
            return Results.Text(xml, "application/rss+xml; charset=utf-8", Encoding.UTF8);
        }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>The RSS document: every text escaped by the writer, dates in RFC 1123, links absolute.</summary>
    public static string Feed(IReadOnlyList<PublishedNoticeItem> notices, string baseUrl, string title, string description)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true };
        using (var writer = XmlWriter.Create(builder, settings))
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", title);
            writer.WriteElementString("link", $"{baseUrl}/canh-bao");
            writer.WriteElementString("description", description);
            writer.WriteElementString("language", "vi");
            foreach (var notice in notices)
            {
                var link = baseUrl + NoticeRules.LinkOf(notice.Id);
                writer.WriteStartElement("item");
                writer.WriteElementString("title", notice.Title);
                writer.WriteElementString("link", link);
                writer.WriteElementString("description", notice.Summary);
                writer.WriteStartElement("guid");
                writer.WriteAttributeString("isPermaLink", "true");
                writer.WriteString(link);
                writer.WriteEndElement();
                writer.WriteElementString("pubDate",
                    DateTime.SpecifyKind(notice.PublishedAtUtc, DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + builder;
    }
}
