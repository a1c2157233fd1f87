namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// What a GET of each routable page answers each principal. One row per route template and target; the
/// expected outcomes read in the order of <see cref="MatrixPrincipal.All"/>:
/// Anonymous, Admin, Leader, Clerk, Specialist, Inspector, UnitReporter (vnpt).
/// P = the page (200), S = redirect to sign-in, D = access denied, N = not found, R = redirect elsewhere.
/// </summary>
public static class PageMatrix
{
    public sealed record Row(string Template, string Target, Func<DemoTargets, string> Url, string Expected);

    private static Row Page(string template, string expected) => new(template, "", _ => template, expected);

    private static Row Page(string template, string target, Func<DemoTargets, string> url, string expected) =>
        new(template, target, url, expected);

    public static IReadOnlyList<Row> Rows { get; } =
    [
        //                                                                              Anon Admin Leader Clerk Spec Insp vnpt
        Page("/", "SPPPPPP"),
        Page("/Account/AccessDenied", "DDDDDDD"),
        Page("/Account/InvalidUser", "NNNNNNN"),
        Page("/Account/Lockout", "PPPPPPP"),
        Page("/Account/Login", "PPPPPPP"),
        // Only between the password and the code (Identity's two-factor cookie); otherwise back to the password.
        Page("/Account/LoginWith2fa", "SSSSSSS"),
        Page("/Account/LoginWithRecoveryCode", "SSSSSSS"),
        Page("/Account/Manage", "SPPPPPP"),
        Page("/Account/Manage/ChangePassword", "SPPPPPP"),
        // R: back to the two-factor settings page, for a user who has not set up an authenticator.
        Page("/Account/Manage/Disable2fa", "SPPRRRR"),
        Page("/Account/Manage/EnableAuthenticator", "SPPPPPP"),
        Page("/Account/Manage/GenerateRecoveryCodes", "SPPRRRR"),
        Page("/Account/Manage/ResetAuthenticator", "SPPPPPP"),
        Page("/Account/Manage/TwoFactorAuthentication", "SPPPPPP"),
        Page("/Error", "PPPPPPP"),
        Page("/bang-dieu-khien", "SDPPPPD"),
        Page("/bao-cao/lich-su", "SDPPPPP"),
        Page("/canh-bao", "PPPPPPP"),
        Page("/canh-bao/{Id:guid}", "published", t => $"/canh-bao/{t.Notice}", "PPPPPPP"),
        Page("/chi-dao/{DocumentId:guid}", "directive", t => $"/chi-dao/{t.DirectiveDocument}", "SDPPPPD"),
        Page("/don-vi", "SPPPPPD"),
        Page("/don-vi/them", "SPDDDDD"),
        Page("/don-vi/{Id:guid}", "VNPT", t => $"/don-vi/{t.VnptUnit}", "SPPPPPP"),
        Page("/don-vi/{Id:guid}", "Viettel", t => $"/don-vi/{t.ViettelUnit}", "SPPPPPN"),
        Page("/don-vi/{Id:guid}/sua", "VNPT", t => $"/don-vi/{t.VnptUnit}/sua", "SPDDDDD"),
        Page("/lich-nghi", "SPDDDDD"),
        Page("/loi/403", "DDDDDDD"),
        Page("/loi/{Code:int}", "404", _ => "/loi/404", "NNNNNNN"),
        Page("/nhat-ky", "SPDDDPD"),
        Page("/nhiem-vu", "SDDDDDP"),
        Page("/nhiem-vu/cho-xem-xet", "SDDDPDD"),
        Page("/nhiem-vu/gia-han", "SDPPPPD"),
        Page("/nhiem-vu/theo-doi", "SDPPPPD"),
        Page("/nhiem-vu/theo-doi/{TaskId:guid}", "task", t => $"/nhiem-vu/theo-doi/{t.Task}", "SDPPPPD"),
        Page("/nhiem-vu/{Id:guid}", "VNPT", t => $"/nhiem-vu/{t.VnptAssignment}", "SNPPPPP"),
        Page("/nhiem-vu/{Id:guid}", "another unit", t => $"/nhiem-vu/{t.OtherUnitAssignment}", "SNPPPPN"),
        Page("/nhom-don-vi", "SPPPPPD"),
        Page("/nhom-don-vi/them", "SPDDDDD"),
        Page("/nhom-don-vi/{Id:guid}", "group", t => $"/nhom-don-vi/{t.Group}", "SPPPPPD"),
        Page("/nhom-don-vi/{Id:guid}/sua", "group", t => $"/nhom-don-vi/{t.Group}/sua", "SPDDDDD"),
        Page("/not-found", "NNNNNNN"),
        Page("/quan-ly-canh-bao", "SDDPDDD"),
        Page("/quan-tri/nguoi-dung", "SPDDDDD"),
        Page("/quan-tri/nguoi-dung/them", "SPDDDDD"),
        Page("/quan-tri/nguoi-dung/{Id}", "vnpt", _ => "/quan-tri/nguoi-dung/vnpt-id", "SPDDDDD"),
        Page("/thanh-tra", "SDPDPPD"),
        Page("/thong-bao", "SPPPPPP"),
        Page("/van-ban-den", "SDPPPPD"),
        Page("/van-ban-den/vao-so", "SDDPDDD"),
        Page("/van-ban-den/{Id:guid}", "police dispatch", t => $"/van-ban-den/{t.IncomingDocument}", "SDPPPPD"),
        Page("/van-ban-den/{Id:guid}/sua", "police dispatch", t => $"/van-ban-den/{t.IncomingDocument}/sua", "SDDPDDD"),
        Page("/van-ban-di", "SPPPPPP"),
        Page("/van-ban-di/soan", "SDDDPDD"),
        Page("/van-ban-di/{Id:guid}", "issued to telecoms", t => $"/van-ban-di/{t.IssuedOutgoing}", "SNPPPPP"),
        Page("/van-ban-di/{Id:guid}", "draft", t => $"/van-ban-di/{t.DraftOutgoing}", "SNPPPPN"),
        Page("/van-ban-di/{Id:guid}/sua", "draft", t => $"/van-ban-di/{t.DraftOutgoing}/sua", "SDDDPDD"),
    ];
}
