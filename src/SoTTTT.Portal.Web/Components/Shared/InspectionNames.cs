using MudBlazor;
using SoTTTT.Portal.Core.Common.Text;
using SoTTTT.Portal.Core.Domain.Inspection;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>The Vietnamese names and colours of findings' severities, follow-up states and ratings: resource keys for the UI.</summary>
public static class InspectionNames
{
    public static string Of(FindingSeverity severity) => VietnameseTerms.Of(severity);

    public static string Of(FollowUpState state) => VietnameseTerms.Of(state);

    public static string Of(ComplianceRating rating) => VietnameseTerms.Of(rating);

    public static string Of(FindingTargetKind kind) => VietnameseTerms.Of(kind);

    public static Color ColourOf(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Critical => Color.Error,
        FindingSeverity.High => Color.Warning,
        FindingSeverity.Medium => Color.Info,
        _ => Color.Default,
    };

    public static Color ColourOf(FollowUpState state) => state switch
    {
        FollowUpState.Open => Color.Error,
        FollowUpState.InProgress => Color.Warning,
        FollowUpState.Resolved => Color.Success,
        _ => Color.Default,
    };

    public static Color ColourOf(ComplianceRating rating) => rating switch
    {
        ComplianceRating.Good => Color.Success,
        ComplianceRating.Satisfactory => Color.Info,
        _ => Color.Error,
    };
}
