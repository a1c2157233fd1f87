using SoTTTT.Portal.Core.Domain.Tasks;

namespace SoTTTT.Portal.Core.Common.Text;

/// <summary>A task's deadline in the words a printed report uses.</summary>
public static class TaskDeadlines
{
    public static string Describe(TaskDeadline deadline) => deadline.Kind switch
    {
        DeadlineKind.FixedDate => $"hạn hoàn thành {VietnameseNumbers.Date(deadline.Date)}",
        DeadlineKind.WorkingDaysAfterIssue => $"{deadline.WorkingDays} ngày làm việc kể từ ngày phát hành",
        DeadlineKind.Weekly => $"báo cáo hằng tuần vào {VietnameseTerms.Of((DayOfWeek)((deadline.CutOffDay ?? 1) % 7))}",
        DeadlineKind.Monthly => $"báo cáo hằng tháng, chốt ngày {deadline.CutOffDay ?? 1}",
        DeadlineKind.Quarterly => $"báo cáo hằng quý, chốt ngày {deadline.CutOffDay ?? 1} tháng cuối quý",
        _ => "không thời hạn",
    };
}
