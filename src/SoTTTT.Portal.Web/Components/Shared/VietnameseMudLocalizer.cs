using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace SoTTTT.Portal.Web.Components.Shared;

/// <summary>
/// MudBlazor's own words (close buttons, pagers, date pickers, the messages of a value that cannot be read) in
/// Vietnamese. MudBlazor asks this localizer when the user's language is not English and keeps its built-in English
/// for a key this table does not hold and for English users.
/// </summary>
public sealed class VietnameseMudLocalizer : MudLocalizer
{
    public static readonly IReadOnlyDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Converter_ConversionError"] = "Không đọc được giá trị: {0}",
        ["Converter_ConversionFailed"] = "Không chuyển được từ {0} sang {1}: {2}",
        ["Converter_ConversionNotImplemented"] = "Chưa hỗ trợ chuyển sang kiểu {0}",
        ["Converter_InvalidBoolean"] = "Giá trị đúng/sai không hợp lệ",
        ["Converter_InvalidDateTime"] = "Ngày giờ không hợp lệ",
        ["Converter_InvalidGUID"] = "Mã định danh không hợp lệ",
        ["Converter_InvalidNumber"] = "Số không hợp lệ",
        ["Converter_InvalidTimeSpan"] = "Khoảng thời gian không hợp lệ",
        ["Converter_InvalidType"] = "Giá trị {0} không hợp lệ",
        ["Converter_NotValueOf"] = "Không phải một giá trị của {0}",
        ["Converter_UnableToConvert"] = "Không chuyển được sang {0} từ kiểu {1}",
        ["MudAlert_Close"] = "Đóng",
        ["MudBaseDatePicker_NextMonth"] = "Tháng sau {0}",
        ["MudBaseDatePicker_NextYear"] = "Năm sau {0}",
        ["MudBaseDatePicker_Open"] = "Mở lịch",
        ["MudBaseDatePicker_PrevMonth"] = "Tháng trước {0}",
        ["MudBaseDatePicker_PrevYear"] = "Năm trước {0}",
        ["MudBreadcrumbs_Label"] = "Đường dẫn trang",
        ["MudChip_Close"] = "Bỏ",
        ["MudDataGridPager_AllItems"] = "Tất cả",
        ["MudDataGridPager_FirstPage"] = "Trang đầu",
        ["MudDataGridPager_InfoFormat"] = "{0}–{1} trên {2}",
        ["MudDataGridPager_LastPage"] = "Trang cuối",
        ["MudDataGridPager_NextPage"] = "Trang sau",
        ["MudDataGridPager_PreviousPage"] = "Trang trước",
        ["MudDataGridPager_RowsPerPage"] = "Số dòng mỗi trang:",
        ["MudDialog_Close"] = "Đóng",
        ["MudFileUpload_Button"] = "Chọn tệp",
        ["MudFileUpload_DragAndDrop"] = "Kéo tệp vào đây hoặc bấm để chọn",
        ["MudFileUpload_FileSizeError"] = "Tệp '{0}' vượt quá dung lượng tối đa {1} byte.",
        ["MudFileUpload_MaximumFileCountExceeded"] = "Đã chọn {0} tệp, vượt quá tối đa {1} tệp",
        ["MudFormComponent_Required"] = "Bắt buộc nhập",
        ["MudInput_Clear"] = "Xóa nội dung",
        ["MudInput_Decrement"] = "Giảm",
        ["MudInput_Increment"] = "Tăng",
        ["MudNavGroup_ToggleExpand"] = "Mở/đóng {0}",
        ["MudPagination_CurrentPage"] = "Trang hiện tại {0}",
        ["MudPagination_FirstPage"] = "Trang đầu",
        ["MudPagination_LastPage"] = "Trang cuối",
        ["MudPagination_NextPage"] = "Trang sau",
        ["MudPagination_PageIndex"] = "Trang {0}",
        ["MudPagination_PreviousPage"] = "Trang trước",
        ["MudSelect_SelectAll"] = "Chọn tất cả",
        ["MudSnackbar_Close"] = "Đóng",
        ["MudTablePager_FirstPage"] = "Trang đầu",
        ["MudTablePager_LastPage"] = "Trang cuối",
        ["MudTablePager_NextPage"] = "Trang sau",
        ["MudTablePager_PreviousPage"] = "Trang trước",
        ["MudTable_CancelEditRow"] = "Hủy sửa",
        ["MudTable_CollapseGroup"] = "Thu gọn nhóm",
        ["MudTable_CommitRow"] = "Lưu dòng",
        ["MudTable_EditRow"] = "Sửa dòng",
        ["MudTable_ExpandGroup"] = "Mở rộng nhóm",
        ["MudTable_Loading"] = "Đang tải…",
        ["MudTable_SelectAllRows"] = "Chọn tất cả các dòng",
        ["MudTable_SelectGroup"] = "Chọn nhóm",
        ["MudTable_SelectRow"] = "Chọn dòng",
        ["MudTimePicker_Open"] = "Mở chọn giờ",
    };

    public override LocalizedString this[string key] =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" && Words.TryGetValue(key, out var word)
            ? new LocalizedString(key, word)
            : new LocalizedString(key, key, resourceNotFound: true);

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var word = this[key];
            return word.ResourceNotFound
                ? word
                : new LocalizedString(key, string.Format(CultureInfo.CurrentCulture, word.Value, arguments));
        }
    }
}
