namespace SoTTTT.Portal.IntegrationTests.Security;

/// <summary>
/// What each route endpoint that is not a page (minimal APIs: exports, downloads, the feed, the language
/// switch, sign-out) answers each principal. One row per method, route template and target; the expected
/// outcomes read in the order of <see cref="MatrixPrincipal.All"/>:
/// Anonymous, Admin, Leader, Clerk, Specialist, Inspector, UnitReporter (vnpt).
/// P = 2xx, S = redirect to sign-in, D = 403 with the portal's access-denied page, N = 404,
/// R = another redirect, B = 400 (refused input or missing antiforgery token).
/// </summary>
public static class EndpointMatrix
{
    public sealed record Row(string Method, string Template, string Target, Func<EndpointTargets, string> Url, string Expected)
    {
        public string Key => $"{Method} {Template}";
    }

    private static Row Get(string template, string expected) => new("GET", template, "", _ => template, expected);

    private static Row Get(string template, string target, Func<EndpointTargets, string> url, string expected) =>
        new("GET", template, target, url, expected);

    private static Row Post(string template, string target, string expected) => new("POST", template, target, _ => template, expected);

    public static IReadOnlyList<Row> Rows { get; } =
    [
        //                                                                                                   Anon Admin Leader Clerk Spec Insp vnpt
        // The static-file fallback: a file that is not there is not found for everyone.
        Get("/{**path:file}", "missing file", _ => "/khong-co-tep.txt", "NNNNNNN"),
        new("HEAD", "/{**path:file}", "missing file", _ => "/khong-co-tep.txt", "NNNNNNN"),
        Post("/Account/Logout", "without antiforgery token", "BBBBBBB"),
        Post("/Account/KeepAlive", "without antiforgery token", "BBBBBBB"),
        Get("/canh-bao/rss", "PPPPPPP"),
        Get("/suc-khoe", "PPPPPPP"),
        Get("/culture", "English, back to /", _ => "/culture?name=en-US&returnUrl=%2F", "RRRRRRR"),
        Get("/culture", "another site", _ => "/culture?name=vi-VN&returnUrl=https%3A%2F%2Fexample.com%2F", "RRRRRRR"),
        Get("/tep-dinh-kem/{id:guid}", "police dispatch's scan", t => $"/tep-dinh-kem/{t.IncomingAttachment}", "SNPPPPN"),
        Get("/tep-dinh-kem/{id:guid}", "unknown", _ => $"/tep-dinh-kem/{Guid.Empty}", "SNNNNNN"),
        Get("/xuat/bao-cao-cho-xem-xet", "SDDDPDD"),
        Get("/xuat/bao-cao-thuc-hien/{documentId:guid}", "directive", t => $"/xuat/bao-cao-thuc-hien/{t.Demo.DirectiveDocument}", "SDPPPPD"),
        Get("/xuat/danh-ba", "SPPPPPD"),
        Get("/xuat/de-nghi-gia-han", "SDPPPPD"),
        Get("/xuat/lich-nghi/{year:int}", "2022", _ => "/xuat/lich-nghi/2022", "SPPPPPP"),
        Get("/xuat/lich-su-bao-cao", "VNPT", t => $"/xuat/lich-su-bao-cao?unitId={t.Demo.VnptUnit}", "SDPPPPP"),
        Get("/xuat/lich-su-bao-cao", "Viettel", t => $"/xuat/lich-su-bao-cao?unitId={t.Demo.ViettelUnit}", "SDPPPPN"),
        Get("/xuat/nhiem-vu", "SDPPPPD"),
        Get("/xuat/nhiem-vu-cua-don-vi", "SDDDDDP"),
        Get("/xuat/nhom-don-vi", "SPPPPPD"),
        Get("/xuat/phat-hien", "SDPDPPD"),
        Get("/xuat/van-ban-den", "SDPPPPD"),
        Get("/xuat/van-ban-di", "SPPPPPP"),
        Get("/xuat/van-ban-di/{id:guid}", "issued dispatch", t => $"/xuat/van-ban-di/{t.Demo.IssuedOutgoing}", "SNPPPPP"),
        Get("/xuat/van-ban-di/{id:guid}", "draft", t => $"/xuat/van-ban-di/{t.Demo.DraftOutgoing}", "SNPPPPN"),
    ];
}

/// <summary>The page matrix's demo ids, and an attachment of the police dispatch (the demo has none).</summary>
public sealed record EndpointTargets(DemoTargets Demo, Guid IncomingAttachment);
