using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common.Behaviours;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Common.Security;
using AspNetAllowAnonymous = Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.IntegrationTests.Infrastructure;
using RouteAttribute = Microsoft.AspNetCore.Components.RouteAttribute;

namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// ASVS V8 (authorization): every routable page and every mediator message, found by reflection, is checked
/// for every role and for an anonymous visitor against the matrices declared in <see cref="PageMatrix"/> and
/// <see cref="MessageMatrix"/>. A page or message the matrices do not list fails the test: each new feature
/// states who may reach it.
/// </summary>
public sealed partial class AuthorizationMatrixTests(DemoPortal portal, ITestOutputHelper output) : IClassFixture<DemoPortal>
{
    [Fact]
    public void Every_routable_page_is_in_the_page_matrix()
    {
        var routed = RoutablePages().Select(p => p.Template).ToHashSet(StringComparer.Ordinal);
        var listed = PageMatrix.Rows.Select(r => r.Template).ToHashSet(StringComparer.Ordinal);

        var missing = RoutablePages().Where(p => !listed.Contains(p.Template))
            .Select(p => $"{p.Template} ({p.Component}, {p.Authorization})").ToList();
        var stale = listed.Where(t => !routed.Contains(t)).ToList();

        Assert.True(missing.Count == 0, "Pages missing from PageMatrix:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "PageMatrix lists pages that no longer exist:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Every_page_answers_each_principal_as_the_matrix_says()
    {
        var targets = await DemoTargets.LoadAsync(portal);
        var browsers = await Task.WhenAll(MatrixPrincipal.All.Select(BrowserAsync));
        var ct = TestContext.Current.CancellationToken;

        var actual = await Task.WhenAll(PageMatrix.Rows.Select(async row =>
        {
            var url = row.Url(targets);
            var outcomes = await Task.WhenAll(browsers.Select(browser => OutcomeAsync(browser, url, ct)));
            return (Row: row, Url: url, Actual: string.Concat(outcomes));
        }));

        var comparison = OutcomeComparison.Of(actual.Select(a => ($"{a.Row.Template} [{a.Row.Target}] {a.Url}", a.Row.Expected, a.Actual)));

        var requests = actual.Length * MatrixPrincipal.All.Count;
        output.WriteLine(
            $"matrix: {PageMatrix.Rows.Select(r => r.Template).Distinct().Count()} page routes, {actual.Length} targets × " +
            $"{MatrixPrincipal.All.Count} principals = {requests} requests; unexpected allows {comparison.UnexpectedAllows}, unexpected denies {comparison.UnexpectedDenies}");
        Assert.True(comparison.Mismatches.Count == 0,
            $"Columns: {MatrixPrincipal.Header} (P page, S sign-in, D denied, N not found)\n" + string.Join("\n", comparison.Mismatches));
    }

    [Fact]
    public void Every_mediator_message_is_in_the_message_matrix()
    {
        var missing = MediatorMessages().Where(t => !MessageMatrix.Expected.ContainsKey(t))
            .Select(t => $"[typeof({t.Name})] = {MessageMatrix.Describe(t)},").ToList();
        var stale = MessageMatrix.Expected.Keys.Where(t => !MediatorMessages().Contains(t)).Select(t => t.Name).ToList();

        Assert.True(missing.Count == 0, "Messages missing from MessageMatrix:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "MessageMatrix lists messages that are not messages:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Authorization_behaviour_lets_each_message_through_only_for_the_principals_the_matrix_names()
    {
        var messages = MediatorMessages().Where(MessageMatrix.Expected.ContainsKey).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        var unexpectedAllows = 0;
        var unexpectedDenies = 0;
        var mismatches = new List<string>();

        foreach (var principal in MatrixPrincipal.All)
        {
            var claims = await portal.PrincipalOfAsync(principal.UserName);
            await using var scope = portal.Factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ClaimsCurrentUser>().Principal = claims;
            var user = scope.ServiceProvider.GetRequiredService<ICurrentUser>();
            var authorizer = scope.ServiceProvider.GetRequiredService<IResourceAuthorizer>();

            foreach (var message in messages)
            {
                var expected = MessageMatrix.Expected[message].Allows(principal.Role);
                var passed = await PassesAuthorizationAsync(message, user, authorizer);
                if (passed == expected)
                    continue;
                if (passed)
                    unexpectedAllows++;
                else
                    unexpectedDenies++;
                mismatches.Add($"{message.Name} as {principal.Name}: expected {(expected ? "allowed" : "refused")}, " +
                               $"the behaviour {(passed ? "let it through" : "refused it")} ({MessageMatrix.Describe(message)})");
            }
        }

        output.WriteLine(
            $"matrix: {messages.Count} messages × {MatrixPrincipal.All.Count} principals = {messages.Count * MatrixPrincipal.All.Count} checks; " +
            $"unexpected allows {unexpectedAllows}, unexpected denies {unexpectedDenies}");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task Unit_reporter_sending_another_units_ids_gets_not_found_or_forbidden_and_writes_nothing()
    {
        var targets = await DemoTargets.LoadAsync(portal);
        var today = portal.Today();
        var before = await WrittenRowsAsync();
        var wrongAnswers = new List<string>();

        foreach (var check in UnitScopedMessages.OtherUnitsData)
        {
            var message = check.Message(targets, today);
            try
            {
                await portal.SendMessageAsync(message, DemoUsers.VnptReporter);
                wrongAnswers.Add($"{check.Name} ({message.GetType().Name}): answered");
            }
            catch (Exception e) when (e is NotFoundException or ForbiddenAccessException)
            {
            }
            catch (Exception e)
            {
                wrongAnswers.Add($"{check.Name} ({message.GetType().Name}): {e.GetType().Name} {e.Message}");
            }
        }

        output.WriteLine($"matrix: {UnitScopedMessages.OtherUnitsData.Count} unit-scoped messages sent as vnpt with another unit's ids; " +
                         $"unexpected allows {wrongAnswers.Count}");
        Assert.True(wrongAnswers.Count == 0, string.Join("\n", wrongAnswers));
        Assert.Equal(before, await WrittenRowsAsync());
    }

    /// <summary>What a unit reporter's commands could write: reports, extension requests, acknowledgements, notifications, history.</summary>
    private Task<string> WrittenRowsAsync() =>
        portal.ExecuteDbContextAsync(async db =>
            $"reports {await db.ProgressReports.CountAsync()}, extensions {await db.ExtensionRequests.CountAsync()}, " +
            $"acknowledged {await db.Assignments.CountAsync(a => a.AcknowledgedAtUtc != null)}, " +
            $"notifications {await db.Notifications.CountAsync()}, events {await db.DocumentEvents.CountAsync()}, " +
            $"attachments {await db.Attachments.CountAsync()}");

    /// <summary>Every component of the Web assembly with a route, its templates and its authorization.</summary>
    internal static IReadOnlyList<(string Template, string Component, string Authorization)> RoutablePages() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>(inherit: false).Select(route => (
                route.Template,
                t.Name,
                Authorization: t.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList() is { Count: > 0 } authorize
                    ? string.Join(", ", authorize.Select(a => a.Policy is { } policy ? $"policy {policy}" : a.Roles is { } roles ? $"roles {roles}" : "signed in"))
                    : t.IsDefined(typeof(AspNetAllowAnonymous)) ? "anonymous" : "no [Authorize]")))
            .OrderBy(p => p.Template, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every concrete mediator message (command, query or request) of the Core assembly.</summary>
    internal static IReadOnlyList<Type> MediatorMessages() =>
        typeof(AuthorizationBehaviour<,>).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(t))
            .ToList();

    private static Type ResponseType(Type message) =>
        message.GetInterfaces()
            .Where(i => i.IsGenericType && i.Namespace == "Mediator"
                        && i.GetGenericTypeDefinition().Name is "ICommand`1" or "IQuery`1" or "IRequest`1")
            .Select(i => i.GetGenericArguments()[0])
            .FirstOrDefault()
        ?? throw new InvalidOperationException($"{message.Name} is a message without a command, query or request interface.");

    private static Task<bool> PassesAuthorizationAsync(Type message, ICurrentUser user, IResourceAuthorizer authorizer) =>
        (Task<bool>)typeof(AuthorizationMatrixTests).GetMethod(nameof(PassesAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(message, ResponseType(message))
            .Invoke(null, [user, authorizer])!;

    /// <summary>Runs the portal's own <see cref="AuthorizationBehaviour{TMessage,TResponse}"/> with a handler that only notes it was reached.</summary>
    private static async Task<bool> PassesAsync<TMessage, TResponse>(ICurrentUser user, IResourceAuthorizer authorizer)
        where TMessage : IMessage
    {
        var behaviour = new AuthorizationBehaviour<TMessage, TResponse>(user, authorizer);
        var message = (TMessage)RuntimeHelpers.GetUninitializedObject(typeof(TMessage));
        var reached = false;
        try
        {
            await behaviour.Handle(message, (_, _) =>
            {
                reached = true;
                return ValueTask.FromResult(default(TResponse)!);
            }, CancellationToken.None);
        }
        catch (ForbiddenAccessException)
        {
            return false;
        }
        return reached;
    }

    private async Task<HttpClient> BrowserAsync(MatrixPrincipal principal) =>
        principal.UserName is null
            ? portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            : await SignedInBrowser.CreateAsync(portal.Factory, principal.UserName);

    /// <summary>
    /// P the page, S redirect to sign-in, D access denied (403 with the portal's page, or the in-page notice),
    /// N not found, R another redirect, E anything else.
    /// </summary>
    private static async Task<string> OutcomeAsync(HttpClient browser, string url, CancellationToken ct)
    {
        using var response = await browser.GetAsync(url, ct);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.RedirectKeepVerb or HttpStatusCode.SeeOther:
                var location = response.Headers.Location?.OriginalString ?? "";
                var path = Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : location;
                return path.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase) ? "S" : "R";
            case HttpStatusCode.NotFound:
                return "N";
            case HttpStatusCode.Forbidden:
                // The portal's own 403 page, never a bare status.
                return AccessDeniedHeading().IsMatch(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct))) ? "D" : "E";
            case HttpStatusCode.OK:
                var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));
                return AccessDeniedHeading().IsMatch(body) ? "D" : NotFoundHeading().IsMatch(body) ? "N" : "P";
            default:
                return "E";
        }
    }

    [GeneratedRegex(@"<h1[^>]*>\s*Không có quyền truy cập")]
    private static partial Regex AccessDeniedHeading();

    [GeneratedRegex(@"<h1[^>]*>\s*Không tìm thấy")]
    private static partial Regex NotFoundHeading();
}
