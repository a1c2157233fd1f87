namespace SoTTTT.Portal.IntegrationTests.Infrastructure;

/// <summary>The demo accounts of DemoDirectory, by what they are in the founding case.</summary>
public static class DemoUsers
{
    /// <summary>Quản trị hệ thống.</summary>
    public const string Administrator = "quantri";
    /// <summary>Phó Giám đốc.</summary>
    public const string Leader = "lanhdao";
    public const string Clerk = "vanthu";
    /// <summary>Chuyên viên Phòng BCVT-CNTT.</summary>
    public const string Specialist = "chuyenvien";
    public const string Inspector = "thanhtra";
    /// <summary>Cán bộ of VNPT Trà Vinh (unit VNPTTV).</summary>
    public const string VnptReporter = "vnpt";
    /// <summary>An anonymous visitor.</summary>
    public const string? Anonymous = null;
}
