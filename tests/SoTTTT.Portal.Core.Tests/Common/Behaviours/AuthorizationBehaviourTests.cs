using Mediator;
using SoTTTT.Portal.Core.Common.Behaviours;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Features.Organisation;
using SoTTTT.Portal.Core.Tests.Fakes;

namespace SoTTTT.Portal.Core.Tests.Common.Behaviours;

public sealed class AuthorizationBehaviourTests
{
    private static readonly CreateOrgUnitCommand CreateUnit = new("CAT", "Công an tỉnh Trà Vinh", "Công an tỉnh", OrgUnitKind.ExternalAgency, false);

    private static readonly Guid CreatedId = Guid.NewGuid();

    private sealed class Handler<TMessage, TResponse>(TResponse response)
        where TMessage : IMessage
    {
        public int Calls { get; private set; }

        public ValueTask<TResponse> Next(TMessage message, CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult(response);
        }
    }

    private static AuthorizationBehaviour<TMessage, TResponse> BehaviourFor<TMessage, TResponse>(ICurrentUser user)
        where TMessage : IMessage =>
        new(user, new ResourceAuthorizer(user));

    [Fact]
    public async Task Anonymous_sender_is_refused_before_the_handler_runs()
    {
        var handler = new Handler<GetOrgUnitQuery, OrgUnitView>(null!);
        var behaviour = BehaviourFor<GetOrgUnitQuery, OrgUnitView>(FakeCurrentUser.Anonymous);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () =>
            await behaviour.Handle(new GetOrgUnitQuery(Guid.NewGuid()), handler.Next, TestContext.Current.CancellationToken));

        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task Sender_without_the_required_permission_is_refused()
    {
        var handler = new Handler<CreateOrgUnitCommand, Guid>(CreatedId);
        var behaviour = BehaviourFor<CreateOrgUnitCommand, Guid>(FakeCurrentUser.InRole(PortalRoles.Leader));

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () =>
            await behaviour.Handle(CreateUnit, handler.Next, TestContext.Current.CancellationToken));

        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task Unit_reporter_cannot_list_the_directory()
    {
        var handler = new Handler<ListOrgUnitsQuery, SoTTTT.Portal.Core.Common.Paging.PagedResult<OrgUnitListItem>>(null!);
        var behaviour = BehaviourFor<ListOrgUnitsQuery, SoTTTT.Portal.Core.Common.Paging.PagedResult<OrgUnitListItem>>(
            FakeCurrentUser.UnitReporterOf(Guid.NewGuid()));

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () =>
            await behaviour.Handle(new ListOrgUnitsQuery(), handler.Next, TestContext.Current.CancellationToken));

        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task Sender_with_the_required_permission_reaches_the_handler()
    {
        var handler = new Handler<CreateOrgUnitCommand, Guid>(CreatedId);
        var behaviour = BehaviourFor<CreateOrgUnitCommand, Guid>(FakeCurrentUser.InRole(PortalRoles.Admin));

        var response = await behaviour.Handle(CreateUnit, handler.Next, TestContext.Current.CancellationToken);

        Assert.Equal(CreatedId, response);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Signed_in_sender_reaches_a_handler_that_requires_no_permission()
    {
        var view = new OrgUnitView(Guid.NewGuid(), Guid.NewGuid(), "VNPTTV", "Viễn thông Trà Vinh", "VNPT Trà Vinh",
            OrgUnitKind.TelecomEnterprise, false, null, null, null, null, null, null, null, null, null, []);
        var handler = new Handler<GetOrgUnitQuery, OrgUnitView>(view);
        var behaviour = BehaviourFor<GetOrgUnitQuery, OrgUnitView>(FakeCurrentUser.UnitReporterOf(view.Id));

        var response = await behaviour.Handle(new GetOrgUnitQuery(view.Id), handler.Next, TestContext.Current.CancellationToken);

        Assert.Same(view, response);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Anonymous_sender_reaches_a_handler_marked_allow_anonymous()
    {
        var handler = new Handler<ReadPublicNoticeQuery, string>("Cảnh báo lừa đảo");
        var behaviour = BehaviourFor<ReadPublicNoticeQuery, string>(FakeCurrentUser.Anonymous);

        var response = await behaviour.Handle(new ReadPublicNoticeQuery(), handler.Next, TestContext.Current.CancellationToken);

        Assert.Equal("Cảnh báo lừa đảo", response);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Allow_anonymous_does_not_waive_a_required_permission()
    {
        var handler = new Handler<AnonymousButPermissionedQuery, string>("");
        var behaviour = BehaviourFor<AnonymousButPermissionedQuery, string>(FakeCurrentUser.Anonymous);

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () =>
            await behaviour.Handle(new AnonymousButPermissionedQuery(), handler.Next, TestContext.Current.CancellationToken));

        Assert.Equal(0, handler.Calls);
    }
}

/// <summary>Like a published public notice (DESIGN §1, anonymous): readable without signing in.</summary>
[AllowAnonymous]
public sealed record ReadPublicNoticeQuery : IQuery<string>;

[AllowAnonymous]
[RequiresPermission(Permission.ReadDirectory)]
public sealed record AnonymousButPermissionedQuery : IQuery<string>;
