namespace SoTTTT.Portal.Core.Domain.Tasks;

/// <summary>How a task's deadline is given.</summary>
public enum DeadlineKind
{
    /// <summary>Không thời hạn: ongoing, flagged when nothing is reported for 90 days.</summary>
    None = 0,
    /// <summary>Một ngày cụ thể.</summary>
    FixedDate = 1,
    /// <summary>A number of working days after the document is issued.</summary>
    WorkingDaysAfterIssue = 2,
    /// <summary>Báo cáo hằng tuần, on a weekday (1 = Monday … 7 = Sunday).</summary>
    Weekly = 3,
    /// <summary>Báo cáo hằng tháng, on a day of the month.</summary>
    Monthly = 4,
    /// <summary>Báo cáo hằng quý, on a day of the quarter's last month.</summary>
    Quarterly = 5,
}

public enum TaskPriority
{
    /// <summary>Thường.</summary>
    Normal = 0,
    /// <summary>Quan trọng.</summary>
    High = 1,
    /// <summary>Khẩn.</summary>
    Urgent = 2,
}

/// <summary>What a unit is asked to do on a task.</summary>
public enum AssignmentRole
{
    /// <summary>Chủ trì: the lead unit, answerable for the result.</summary>
    Lead = 0,
    /// <summary>Phối hợp: works with the lead unit.</summary>
    Coordinate = 1,
    /// <summary>Theo dõi: follows and reports what concerns it.</summary>
    Monitor = 2,
}

/// <summary>The Government Office's four categories of an assignment's progress.</summary>
public enum ComplianceStatus
{
    /// <summary>Hoàn thành đúng hạn.</summary>
    CompletedOnTime = 0,
    /// <summary>Hoàn thành quá hạn.</summary>
    CompletedLate = 1,
    /// <summary>Chưa hoàn thành – trong hạn.</summary>
    OpenOnTime = 2,
    /// <summary>Chưa hoàn thành – quá hạn.</summary>
    OpenOverdue = 3,
}

public enum ReportStatus
{
    /// <summary>Chờ xem xét.</summary>
    AwaitingReview = 0,
    /// <summary>Đã tiếp nhận.</summary>
    Accepted = 1,
    /// <summary>Yêu cầu bổ sung.</summary>
    MoreRequested = 2,
}

public enum ExtensionStatus
{
    /// <summary>Chờ lãnh đạo quyết định.</summary>
    Pending = 0,
    /// <summary>Đã đồng ý gia hạn.</summary>
    Approved = 1,
    /// <summary>Không đồng ý gia hạn.</summary>
    Refused = 2,
}
