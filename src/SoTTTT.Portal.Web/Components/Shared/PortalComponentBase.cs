using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using SoTTTT.Portal.Core;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Web.Messaging;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>
/// A page or form that sends messages. <see cref="TrySend{T}"/> is the one way a component turns a
/// refusal into something the user reads: field errors under their fields, everything else in a
/// Vietnamese notice. Nothing reaches the user as a crash.
/// </summary>
public abstract partial class PortalComponentBase : ComponentBase
{
    [Inject] protected IPortalSender Sender { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> UiText { get; set; } = default!;
    [Inject] protected IStringLocalizer<CoreResource> CoreText { get; set; } = default!;
    [Inject] protected ILogger<PortalComponentBase> Logger { get; set; } = default!;

    protected FieldErrors Errors { get; } = new();

    /// <summary>Runs <paramref name="send"/>; on refusal fills <see cref="Errors"/> or shows a notice and returns false.</summary>
    protected async Task<(bool Ok, T? Result)> TrySend<T>(Func<Task<T>> send)
    {
        Errors.Clear();
        try
        {
            return (true, await send());
        }
        catch (InputValidationException ex)
        {
            Errors.Set(ex.Errors);
            Snackbar.Add(UiText["Vui lòng kiểm tra lại các trường được đánh dấu."], Severity.Warning);
        }
        catch (DomainRuleException ex)
        {
            var message = CoreText[ex.Message];
            if (ex.Field is not null)
                Errors.Add(ex.Field, message);
            Snackbar.Add(message, Severity.Warning);
        }
        catch (ConcurrencyConflictException ex)
        {
            Snackbar.Add(CoreText[ex.Message], Severity.Error);
        }
        catch (NotFoundException ex)
        {
            Snackbar.Add(CoreText[ex.Message], Severity.Warning);
        }
        catch (ForbiddenAccessException ex)
        {
            Snackbar.Add(CoreText[ex.Message], Severity.Error);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnexpected(Logger, ex);
            Snackbar.Add(UiText["Đã xảy ra lỗi không mong muốn. Thao tác chưa được thực hiện; hãy thử lại."], Severity.Error);
        }
        return (false, default);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A message failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
