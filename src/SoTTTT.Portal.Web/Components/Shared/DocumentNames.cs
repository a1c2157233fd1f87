using SoTTTT.Portal.Core.Common.Text;
using MudBlazor;
using SoTTTT.Portal.Core.Domain.Documents;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The Vietnamese names of the documents' kinds and states, resource keys for the UI.</summary>
public static class DocumentNames
{
    public static string Of(DocumentType type) => DocumentTypes.Name(type);

    public static string Of(IncomingStatus status) => VietnameseTerms.Of(status);

    public static string Of(OutgoingStatus status) => VietnameseTerms.Of(status);

    public static string Of(Urgency urgency) => VietnameseTerms.Of(urgency);

    public static string Of(Confidentiality confidentiality) => confidentiality switch
    {
        Confidentiality.Confidential => "Mật",
        Confidentiality.Secret => "Tối mật",
        Confidentiality.TopSecret => "Tuyệt mật",
        _ => "Thường",
    };

    public static string Of(DistributionPurpose purpose) => purpose switch
    {
        DistributionPurpose.AsAbove => "Như trên",
        DistributionPurpose.ForInformation => "Để biết",
        DistributionPurpose.Report => "Báo cáo (b/c)",
        DistributionPurpose.Coordinate => "Phối hợp (p/h)",
        DistributionPurpose.Publish => "Đăng văn bản (đăng VB)",
        DistributionPurpose.Archive => "Lưu",
        _ => purpose.ToString(),
    };

    public static string Of(SigningAuthority authority) => authority switch
    {
        SigningAuthority.OnBehalfOf => "KT. (ký thay)",
        SigningAuthority.OnBehalfOfCollective => "TM. (thay mặt)",
        SigningAuthority.ByOrderOf => "TL. (thừa lệnh)",
        SigningAuthority.ByAuthorisationOf => "TUQ. (thừa ủy quyền)",
        SigningAuthority.Acting => "Q. (quyền)",
        _ => "Người đứng đầu ký",
    };

    public static string Of(DocumentAction action) => DocumentActions.Name(action);

    public static Color ColorOf(OutgoingStatus status) => status switch
    {
        OutgoingStatus.Issued => Color.Success,
        OutgoingStatus.Approved => Color.Info,
        OutgoingStatus.Submitted => Color.Warning,
        OutgoingStatus.Returned => Color.Error,
        _ => Color.Default,
    };

    public static Color ColorOf(IncomingStatus status) => status switch
    {
        IncomingStatus.AwaitingDirection => Color.Warning,
        IncomingStatus.Directed or IncomingStatus.InProgress => Color.Info,
        IncomingStatus.Handled or IncomingStatus.Filed => Color.Success,
        _ => Color.Default,
    };
}
