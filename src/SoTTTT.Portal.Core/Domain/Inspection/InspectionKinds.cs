namespace SoTTTT.Portal.Core.Domain.Inspection;

/// <summary>What a finding is about.</summary>
public enum FindingTargetKind
{
    /// <summary>One unit's share of a directive's task.</summary>
    Assignment = 0,
    /// <summary>A unit as a whole.</summary>
    Unit = 1,
    /// <summary>An issued outgoing document (a directive).</summary>
    Document = 2,
}

/// <summary>Mức độ of a finding.</summary>
public enum FindingSeverity
{
    /// <summary>Thấp.</summary>
    Low = 0,
    /// <summary>Trung bình.</summary>
    Medium = 1,
    /// <summary>Cao.</summary>
    High = 2,
    /// <summary>Nghiêm trọng.</summary>
    Critical = 3,
}

/// <summary>Tình trạng khắc phục: how the unit's correction of a finding stands.</summary>
public enum FollowUpState
{
    /// <summary>Chưa khắc phục.</summary>
    Open = 0,
    /// <summary>Đang khắc phục.</summary>
    InProgress = 1,
    /// <summary>Đã khắc phục.</summary>
    Resolved = 2,
    /// <summary>Đã kết thúc: the inspector closed the matter.</summary>
    Closed = 3,
}

/// <summary>Mức đánh giá việc chấp hành.</summary>
public enum ComplianceRating
{
    /// <summary>Tốt.</summary>
    Good = 0,
    /// <summary>Đạt.</summary>
    Satisfactory = 1,
    /// <summary>Chưa đạt.</summary>
    Unsatisfactory = 2,
}
