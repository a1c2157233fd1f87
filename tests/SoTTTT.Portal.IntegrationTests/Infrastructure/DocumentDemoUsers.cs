namespace SoTTTT.Portal.IntegrationTests.Infrastructure;

/// <summary>The demo accounts the documents tests need beyond <see cref="DemoUsers"/>.</summary>
public static class DocumentDemoUsers
{
    /// <summary>Chuyên viên Phòng TT-BC-XB: a specialist of another division than BCVT-CNTT.</summary>
    public const string PressSpecialist = "chuyenvien.ttbcxb";
    /// <summary>Cán bộ of Viettel Trà Vinh (group DNVT, like VNPT).</summary>
    public const string ViettelReporter = "viettel";
    /// <summary>Viên chức of the Cầu Kè culture centre (TTVHCK), reached through group TTVHTT.</summary>
    public const string CauKeCentreReporter = "ttvh.cauke";
    /// <summary>Chuyên viên of the Trà Vinh city culture office (PVHTTTPTV), reached through group PVHTT in "Nơi nhận".</summary>
    public const string CityCultureOfficeReporter = "pvhtt.tptv";
    /// <summary>Cán bộ of PC02, Công an tỉnh: not addressed by the anti-fraud dispatch (Công an tỉnh is, its division is not).</summary>
    public const string PoliceReporter = "congan";
}
