namespace SoTTTT.Portal.Core.Domain.Documents;

public enum OutgoingStatus
{
    /// <summary>Dự thảo.</summary>
    Draft = 0,
    /// <summary>Trình ký, chờ lãnh đạo duyệt.</summary>
    Submitted = 1,
    /// <summary>Lãnh đạo trả lại, kèm lý do.</summary>
    Returned = 2,
    /// <summary>Đã duyệt, chờ văn thư cấp số.</summary>
    Approved = 3,
    /// <summary>Đã cấp số, phát hành: không sửa được nữa.</summary>
    Issued = 4,
}

/// <summary>How the signer signs (Decree 30, Art. 13).</summary>
public enum SigningAuthority
{
    /// <summary>The head signs in their own name.</summary>
    None = 0,
    /// <summary>KT. — ký thay (a deputy for the head).</summary>
    OnBehalfOf = 1,
    /// <summary>TM. — thay mặt (for a collective body).</summary>
    OnBehalfOfCollective = 2,
    /// <summary>TL. — thừa lệnh.</summary>
    ByOrderOf = 3,
    /// <summary>TUQ. — thừa ủy quyền.</summary>
    ByAuthorisationOf = 4,
    /// <summary>Q. — quyền (acting head).</summary>
    Acting = 5,
}

public static class SigningAuthorities
{
    public static string? Prefix(SigningAuthority authority) => authority switch
    {
        SigningAuthority.OnBehalfOf => "KT.",
        SigningAuthority.OnBehalfOfCollective => "TM.",
        SigningAuthority.ByOrderOf => "TL.",
        SigningAuthority.ByAuthorisationOf => "TUQ.",
        SigningAuthority.Acting => "Q.",
        _ => null,
    };
}

/// <summary>Why a recipient in "Nơi nhận" receives the document.</summary>
public enum DistributionPurpose
{
    /// <summary>Như trên: the addressees of "Kính gửi".</summary>
    AsAbove = 0,
    /// <summary>Để biết (no annotation).</summary>
    ForInformation = 1,
    /// <summary>(b/c) — báo cáo.</summary>
    Report = 2,
    /// <summary>(p/h) — phối hợp.</summary>
    Coordinate = 3,
    /// <summary>(đăng VB) — to publish on the portal.</summary>
    Publish = 4,
    /// <summary>Lưu: VT, the drafting unit.</summary>
    Archive = 5,
}

/// <summary>
/// A recipient line, of "Kính gửi" or "Nơi nhận": a unit, a group or free text. The text is
/// kept as issued, so a later renamed unit does not rewrite old documents.
/// </summary>
public sealed class RecipientLine
{
    private RecipientLine()
    {
    }

    public RecipientLine(int position, string text, Guid? unitId = null, Guid? groupId = null, DistributionPurpose purpose = DistributionPurpose.ForInformation)
    {
        Position = position;
        Text = text;
        UnitId = unitId;
        GroupId = groupId;
        Purpose = purpose;
    }

    public int Position { get; private set; }
    public string Text { get; private set; } = "";
    public Guid? UnitId { get; private set; }
    public Guid? GroupId { get; private set; }
    /// <summary>Meaningful in "Nơi nhận" only.</summary>
    public DistributionPurpose Purpose { get; private set; }

    /// <summary>The line as printed in "Nơi nhận", without its closing ";" or ".".</summary>
    public string DistributionText => Purpose switch
    {
        DistributionPurpose.AsAbove => "Như trên",
        DistributionPurpose.Archive => $"Lưu: {Text}",
        DistributionPurpose.Report => $"{Text} (b/c)",
        DistributionPurpose.Coordinate => $"{Text} (p/h)",
        DistributionPurpose.Publish => $"{Text} (đăng VB)",
        _ => Text,
    };
}

/// <summary>
/// A numbered section of a directive. The body is plain text: paragraphs separated by line
/// breaks, lines starting with "- " are bullets. Never HTML.
/// </summary>
public sealed class DocumentSection
{
    private DocumentSection()
    {
    }

    public DocumentSection(int number, string? heading, string body)
    {
        Number = number;
        Heading = heading;
        Body = body;
    }

    public int Number { get; private set; }
    /// <summary>"Các doanh nghiệp viễn thông": whom or what the section is about, when it says so.</summary>
    public string? Heading { get; private set; }
    public string Body { get; private set; } = "";
}

public sealed class DocumentCitation
{
    private DocumentCitation()
    {
    }

    public DocumentCitation(Guid incomingDocumentId) => IncomingDocumentId = incomingDocumentId;

    public Guid IncomingDocumentId { get; private set; }
}

public sealed class DocumentRecipientUnit
{
    private DocumentRecipientUnit()
    {
    }

    public DocumentRecipientUnit(Guid unitId) => UnitId = unitId;

    public Guid UnitId { get; private set; }
}

public sealed record FormatIssue(string Field, string Message);
