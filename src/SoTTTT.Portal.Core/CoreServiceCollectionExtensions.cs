using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common.Caching;
using SoTTTT.Portal.Core.Common.Files;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Features.Audit;
using SoTTTT.Portal.Core.Features.Dashboards;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.Core.Features.Notifications;
using SoTTTT.Portal.Core.Features.Tasks;
using SoTTTT.Portal.Core.Features.Users;

namespace SoTTTT.Portal.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the use cases' collaborators: validators and the resource authorizer.</summary>
    public static IServiceCollection AddPortalCore(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<CoreMarker>(ServiceLifetime.Scoped, includeInternalTypes: false,
            filter: result => !result.ValidatorType.IsGenericTypeDefinition
                && !result.InterfaceType.GenericTypeArguments[0].IsInterface);
        services.AddScoped<IResourceAuthorizer, ResourceAuthorizer>();
        services.AddScoped<RegisterNumbers>();
        services.AddScoped<DocumentHistory>();
        services.AddScoped<Notifier>();
        services.AddScoped<AdministratorRules>();
        services.AddScoped<PendingInboxSignals>();
        services.AddSingleton<DataVersion>();
        services.AddSingleton<ReadModelCache<DashboardKey, DashboardView>>();
        services.AddScoped<AuditChangeSet>();
        services.AddScoped<AuditLog>();
        services.AddScoped<ISecurityEvents, SecurityEventLog>();
        services.AddScoped<IAttachmentOwnerPolicy, IncomingDocumentAttachmentPolicy>();
        services.AddScoped<IAttachmentOwnerPolicy, OutgoingDocumentAttachmentPolicy>();
        services.AddScoped<IAttachmentOwnerPolicy, ProgressReportAttachmentPolicy>();
        return services;
    }
}

/// <summary>Names the Core assembly for scanning.</summary>
public sealed class CoreMarker;
