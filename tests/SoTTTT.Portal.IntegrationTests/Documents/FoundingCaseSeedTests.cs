using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Documents;

/// <summary>
/// Issue 3, demo data: the anti-fraud dispatch reads exactly as the seed file
/// (shared/seed/000_2ed5563a5ec22ee6.txt), with the number the clerk gave it, and is linked to the
/// police dispatch 716/CAT-PC02 it answers. The expected text is copied from the seed file, not
/// from the seeder, so a slip in either shows.
/// </summary>
public sealed class FoundingCaseSeedTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string Preamble =
        "Ngày 19/4/2022, Sở Thông tin và Truyền thông nhận được Công văn số 716/CAT-PC02 ngày 18/4/2022 của Công an tỉnh Trà Vinh về việc thông báo thủ đoạn đối tượng sử dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản (đính kèm).\n"
        + "Qua đó, Sở Thông tin và Truyền thông nhận định tình hình lừa đảo chiếm đoạt tài sản trên không gian mạng trong thời gian tới sẽ còn phức tạp, diễn ra dưới nhiều hình thức, rất tinh vi khó phát hiện, cần được tăng cường kiểm soát chặt chẽ. Vì vậy, để chủ động phòng ngừa, phát hiện và ngăn chặn kịp thời hành vi lợi dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản, Sở Thông tin và Truyền thông đề nghị:";

    private static readonly (int Number, string? Heading, string Body)[] Sections =
    [
        (1, "Các doanh nghiệp viễn thông",
            "- Thực hiện thông tin, cảnh báo (qua hình thức nhắn tin SMS) đến các thuê bao di động trả trước, trả sau của doanh nghiệp trên địa bàn tỉnh biết về các thủ đoạn lừa đảo chiếm đoạt tài sản của các đối tượng trong văn bản trên;\n"
            + "- Khuyến cáo người sử dụng dịch vụ không thực hiện theo yêu cầu của đối tượng, thông báo kịp thời cho các cơ quan có liên quan để xác minh thông tin và phối hợp xử lý;\n"
            + "- Lưu giữ đầy đủ, chính xác, bảo mật thông tin cá nhân của người sử dụng dịch vụ; chủ động triển khai các biện pháp cảnh báo, hỗ trợ bảo vệ người sử dụng."),
        (2, null,
            "Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố tăng cường công tác thông tin tuyên truyền các thủ đoạn tội phạm (mục 2 Công văn số 716/CAT-PC02 ngày 18/4/2022 của Công an tỉnh Trà Vinh) để người dân trên địa bàn biết, cảnh giác, chủ động phòng ngừa và đấu tranh ngăn chặn các hành vi lừa đảo trên mạng viễn thông, mạng xã hội."),
        (3, "Phòng Thông tin - Báo chí - Xuất bản",
            "Tham mưu lãnh đạo Sở chỉ đạo, định hướng cho các cơ quan báo chí, cơ quan truyền thông thường xuyên thông tin, tuyên truyền về thủ đoạn, hình thức lừa đảo của các đối tượng sử dụng mạng viễn thông, mạng xã hội nhằm chiếm đoạt tài sản trên các phương tiện truyền thông để người dân kịp thời nắm bắt, phòng tránh và đấu tranh."),
        (4, "Thanh tra Sở",
            "Phối hợp với Công an tỉnh và các doanh nghiệp viễn thông trên địa bàn tỉnh đẩy mạnh công tác nắm tình hình, điều tra, phát hiện và xử lý nghiêm theo quy định của pháp luật đối với các đối tượng có hành vi mạo danh Lãnh đạo cấp tỉnh, cấp huyện để lừa đảo, trục lợi, chiếm đoạt tài sản trên không gian mạng."),
    ];

    private async Task<OutgoingDocumentView> DispatchAsync() => await portal.OutgoingAsync(await portal.AntiFraudDispatchIdAsync());

    [Fact]
    public async Task Dispatch_heading_reads_as_the_seed_with_its_number()
    {
        var dispatch = await DispatchAsync();

        Assert.Equal(DocumentType.CongVan, dispatch.Type);
        Assert.Equal(OutgoingStatus.Issued, dispatch.Status);
        Assert.Equal("4/STTTT-BCVTCNTT", dispatch.NumberAndSymbol);
        Assert.Equal("Trà Vinh", dispatch.Place);
        Assert.Equal((2022, 4), (dispatch.IssuedOn!.Value.Year, dispatch.IssuedOn.Value.Month));
        Assert.Equal(DocumentFixtureExtensions.AntiFraudSummary, dispatch.Summary);
    }

    [Fact]
    public async Task Dispatch_is_addressed_to_the_two_groups_of_kinh_gui()
    {
        var dispatch = await DispatchAsync();

        Assert.Equal(
            ["Các Doanh nghiệp Viễn thông trên địa bàn tỉnh", "Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị xã, thành phố"],
            dispatch.Addressees.Select(a => a.Text));
        Assert.Equal([await portal.GroupIdAsync("DNVT"), await portal.GroupIdAsync("TTVHTT")], dispatch.Addressees.Select(a => a.GroupId));
    }

    [Fact]
    public async Task Dispatch_body_is_the_seed_word_for_word()
    {
        var dispatch = await DispatchAsync();

        Assert.Equal(Preamble, dispatch.Preamble);
        Assert.Equal(Sections, dispatch.Sections.Select(s => (s.Number, s.Heading, s.Body)));
        Assert.Equal("Sở Thông tin và Truyền thông đề nghị lãnh đạo các đơn vị, doanh nghiệp quan tâm phối hợp, chỉ đạo triển khai thực hiện./.", dispatch.Closing);
    }

    [Fact]
    public async Task Dispatch_has_the_nine_noi_nhan_lines_of_the_seed_in_order()
    {
        var dispatch = await DispatchAsync();

        Assert.Equal(
            [
                "Như trên",
                "UBND tỉnh (b/c)",
                "Công an tỉnh (p/h)",
                "Ban Giám đốc Sở",
                "Phòng VH&TT huyện, tx, tp",
                "Phòng TT-BC-XB",
                "Thanh tra Sở",
                "Ban Biên tập Sở TT&TT (đăng VB)",
                "Lưu: VT, BCVTCNTT",
            ],
            dispatch.Distribution.Select(l => l.DistributionText));
        Assert.Equal(Enumerable.Range(1, 9), dispatch.Distribution.Select(l => l.Position));
        Assert.Equal(await portal.UnitIdAsync("CAT"), dispatch.Distribution[2].UnitId);
        Assert.Equal(await portal.GroupIdAsync("PVHTT"), dispatch.Distribution[4].GroupId);
    }

    [Fact]
    public async Task Dispatch_is_signed_kt_giam_doc_pho_giam_doc_by_bui_thong_nhut()
    {
        var dispatch = await DispatchAsync();

        Assert.Equal("KT.", SigningAuthorities.Prefix(dispatch.Authority));
        Assert.Equal("GIÁM ĐỐC", dispatch.HeadTitle);
        Assert.Equal("PHÓ GIÁM ĐỐC", dispatch.SignerTitle);
        Assert.Equal("Bùi Thống Nhứt", dispatch.SignerName);
        Assert.Equal(await portal.UserIdAsync(DemoUsers.Leader), dispatch.SignerUserId);
    }

    [Fact]
    public async Task Dispatch_went_through_draft_submission_approval_and_issue()
    {
        var dispatch = await DispatchAsync();

        Assert.Equal([DocumentAction.Drafted, DocumentAction.Submitted, DocumentAction.Approved, DocumentAction.Issued], dispatch.History.Select(e => e.Action));
        Assert.Equal("4/STTTT-BCVTCNTT", dispatch.History[^1].Note);
        Assert.Equal("Lê Thị Thu Hà", dispatch.History[^1].UserName);
    }

    [Fact]
    public async Task Dispatch_reached_every_unit_of_its_groups_and_its_noi_nhan_but_not_the_police_division()
    {
        var id = await portal.AntiFraudDispatchIdAsync();
        var reached = await portal.ExecuteDbContextAsync(db => db.OutgoingDocuments.Where(d => d.Id == id)
            .SelectMany(d => d.RecipientUnits).Join(db.OrgUnits, r => r.UnitId, u => u.Id, (_, u) => u.Code).ToListAsync());

        // 4 telecoms (DNVT), 9 culture centres (TTVHTT), 9 culture offices (PVHTT), and UBNDT, CAT, BGD, TTBCXB, TTRA, BBT.
        Assert.Equal(28, reached.Count);
        Assert.Contains("VNPTTV", reached);
        Assert.Contains("TTVHCK", reached);
        Assert.Contains("PVHTTTPTV", reached);
        Assert.Contains("CAT", reached);
        Assert.Contains("UBNDT", reached);
        Assert.DoesNotContain("PC02", reached);
        Assert.DoesNotContain("BCVTCNTT", reached);
    }

    [Fact]
    public async Task Dispatch_cites_the_police_dispatch_which_lists_it_as_based_on_it()
    {
        var dispatch = await DispatchAsync();
        var police = await portal.SendAsync(new GetIncomingDocumentQuery(await portal.IncomingIdAsync(DocumentFixtureExtensions.PoliceDispatch)), asUser: DemoUsers.Leader);

        var cited = Assert.Single(dispatch.Cited);
        Assert.Equal(police.Id, cited.Id);
        Assert.Equal(DocumentFixtureExtensions.PoliceDispatch, cited.NumberSymbol);
        var basedOnIt = Assert.Single(police.OutgoingBasedOnIt);
        Assert.Equal(dispatch.Id, basedOnIt.Id);
        Assert.Equal("4/STTTT-BCVTCNTT", basedOnIt.NumberAndSymbol);
        Assert.Equal(OutgoingStatus.Issued, basedOnIt.Status);
    }

    [Fact]
    public async Task Police_dispatch_is_registered_and_directed_to_phong_bcvt_cntt()
    {
        var police = await portal.SendAsync(new GetIncomingDocumentQuery(await portal.IncomingIdAsync(DocumentFixtureExtensions.PoliceDispatch)), asUser: DemoUsers.Leader);

        Assert.Equal(DocumentType.CongVan, police.Type);
        Assert.Equal("Công an tỉnh Trà Vinh", police.IssuingAgency);
        Assert.Equal(await portal.UnitIdAsync("CAT"), police.IssuingUnitId);
        Assert.Equal(new DateOnly(2022, 4, 18), police.IssuedOn);
        Assert.Equal(new DateOnly(2022, 4, 19), police.ReceivedOn);
        Assert.Equal((2022, 6), (police.ArrivalYear, police.ArrivalNumber));
        Assert.Equal("V/v thông báo thủ đoạn đối tượng sử dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản", police.Summary);
        Assert.Equal("Bùi Thống Nhứt", police.DirectedByName);
        Assert.Contains("Phòng BCVT-CNTT", police.Direction, StringComparison.Ordinal);
        Assert.Equal("Phòng Bưu chính, Viễn thông và Công nghệ thông tin", police.HandlingUnitName);
        Assert.Equal(IncomingStatus.InProgress, police.Status);
    }
}
