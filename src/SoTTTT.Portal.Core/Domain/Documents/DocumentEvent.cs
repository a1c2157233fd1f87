namespace SoTTTT.Portal.Core.Domain.Documents;

/// <summary>One line of a document's history: who did what, when, and why.</summary>
public sealed class DocumentEvent
{
    private DocumentEvent()
    {
    }

    public DocumentEvent(Guid documentId, DateTime atUtc, string? userId, string userName, DocumentAction action, string? note)
    {
        DocumentId = documentId;
        AtUtc = atUtc;
        UserId = userId;
        UserName = userName;
        Action = action;
        Note = note;
    }

    public long Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string? UserId { get; private set; }
    /// <summary>The actor's name as it was at the time.</summary>
    public string UserName { get; private set; } = "";
    public DocumentAction Action { get; private set; }
    public string? Note { get; private set; }
}

public enum DocumentAction
{
    Registered = 0,
    SentForDirection = 1,
    Directed = 2,
    HandlingStarted = 3,
    Handled = 4,
    Filed = 5,
    Corrected = 6,
    Drafted = 10,
    Edited = 11,
    Submitted = 12,
    Returned = 13,
    Approved = 14,
    Issued = 15,
}

public static class DocumentActions
{
    public static string Name(DocumentAction action) => action switch
    {
        DocumentAction.Registered => "Vào sổ văn bản đến",
        DocumentAction.SentForDirection => "Trình lãnh đạo cho ý kiến chỉ đạo",
        DocumentAction.Directed => "Cho ý kiến chỉ đạo",
        DocumentAction.HandlingStarted => "Bắt đầu xử lý",
        DocumentAction.Handled => "Hoàn thành xử lý",
        DocumentAction.Filed => "Lưu hồ sơ",
        DocumentAction.Corrected => "Sửa thông tin vào sổ",
        DocumentAction.Drafted => "Tạo dự thảo",
        DocumentAction.Edited => "Sửa nội dung dự thảo",
        DocumentAction.Submitted => "Trình ký",
        DocumentAction.Returned => "Trả lại dự thảo",
        DocumentAction.Approved => "Duyệt ký",
        DocumentAction.Issued => "Cấp số, phát hành",
        _ => action.ToString(),
    };
}
