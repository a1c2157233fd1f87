namespace SoTTTT.Portal.Core.Features.Tasks;

/// <summary>Configuration section "Tasks".</summary>
public sealed class TaskOptions
{
    public const string SectionName = "Tasks";

    /// <summary>An open assignment due within this many working days is "Sắp đến hạn".</summary>
    public int DueSoonWorkingDays { get; set; } = 3;
}

public static class AssignmentLinks
{
    /// <summary>The assignment's page, for the unit and for the department alike.</summary>
    public static string Of(Guid assignmentId) => $"/nhiem-vu/{assignmentId}";
}

public static class TaskLinks
{
    /// <summary>The unit's workspace: its assignments.</summary>
    public const string Workspace = "/nhiem-vu";
    /// <summary>The specialists' queue of reports awaiting review.</summary>
    public const string ReviewQueue = "/nhiem-vu/cho-xem-xet";
    /// <summary>The leaders' list of extension requests.</summary>
    public const string Extensions = "/nhiem-vu/gia-han";
}
