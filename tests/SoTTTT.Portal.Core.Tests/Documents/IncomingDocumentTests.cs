using System.Text;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Documents;

namespace SoTTTT.Portal.Core.Tests.Documents;

/// <summary>DESIGN §3: registered → awaiting direction → directed → in progress → handled → filed.</summary>
public sealed class IncomingDocumentTests
{
    private const string Leader = "lanhdao-id";
    private static readonly Guid Bcvtcntt = Guid.NewGuid();
    private static readonly DateTime DirectedAt = new(2022, 4, 19, 3, 0, 0, DateTimeKind.Utc);

    private static IncomingDocumentDetails PoliceDispatch(DateOnly? receivedOn = null) => new(
        receivedOn ?? new DateOnly(2022, 4, 19),
        "716/CAT-PC02",
        DocumentType.CongVan,
        null,
        "Công an tỉnh Trà Vinh",
        new DateOnly(2022, 4, 18),
        "V/v thông báo thủ đoạn đối tượng sử dụng mạng viễn thông, mạng xã hội để lừa đảo chiếm đoạt tài sản",
        Urgency.Urgent);

    private static IncomingDocument Registered() => IncomingDocument.Register(6, PoliceDispatch());

    private static IncomingDocument Directed()
    {
        var document = Registered();
        document.SendForDirection(Leader);
        document.Direct(Leader, DirectedAt, "Giao Phòng BCVT-CNTT chủ trì tham mưu.", Bcvtcntt, new DateOnly(2022, 4, 20));
        return document;
    }

    private static IncomingDocument InProgress()
    {
        var document = Directed();
        document.StartHandling();
        return document;
    }

    private static IncomingDocument Handled()
    {
        var document = InProgress();
        document.MarkHandled("Đã tham mưu văn bản triển khai.");
        return document;
    }

    [Fact]
    public void Registering_gives_the_arrival_number_in_the_year_received()
    {
        var document = IncomingDocument.Register(6, PoliceDispatch());

        Assert.Equal(6, document.ArrivalNumber);
        Assert.Equal(2022, document.ArrivalYear);
        Assert.Equal(IncomingStatus.Registered, document.Status);
        Assert.Equal("716/CAT-PC02", document.NumberSymbol);
        Assert.Equal(Urgency.Urgent, document.Urgency);
    }

    [Fact]
    public void Registered_text_is_trimmed_and_composed()
    {
        var document = IncomingDocument.Register(1, PoliceDispatch() with
        {
            IssuingAgency = "  Công an tỉnh Trà Vinh ".Normalize(NormalizationForm.FormD),
            Summary = " V/v lừa đảo ".Normalize(NormalizationForm.FormD),
        });

        Assert.Equal("Công an tỉnh Trà Vinh", document.IssuingAgency);
        Assert.Equal("V/v lừa đảo", document.Summary);
        Assert.True(document.Summary.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Arrival_numbers_start_from_one(int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IncomingDocument.Register(number, PoliceDispatch()));
    }

    [Fact]
    public void The_whole_flow_from_register_to_file()
    {
        var document = Registered();

        document.SendForDirection(Leader);
        Assert.Equal(IncomingStatus.AwaitingDirection, document.Status);
        Assert.Equal(Leader, document.DirectingLeaderId);

        document.Direct(Leader, DirectedAt, "  Giao Phòng BCVT-CNTT chủ trì tham mưu.  ", Bcvtcntt, new DateOnly(2022, 4, 20));
        Assert.Equal(IncomingStatus.Directed, document.Status);
        Assert.Equal("Giao Phòng BCVT-CNTT chủ trì tham mưu.", document.Direction);
        Assert.Equal(Leader, document.DirectedById);
        Assert.Equal(DirectedAt, document.DirectedAtUtc);
        Assert.Equal(Bcvtcntt, document.HandlingUnitId);
        Assert.Equal(new DateOnly(2022, 4, 20), document.DirectionDeadline);

        document.StartHandling();
        Assert.Equal(IncomingStatus.InProgress, document.Status);

        document.MarkHandled("  Đã tham mưu văn bản triển khai. ");
        Assert.Equal(IncomingStatus.Handled, document.Status);
        Assert.Equal("Đã tham mưu văn bản triển khai.", document.HandlingNote);

        document.File();
        Assert.Equal(IncomingStatus.Filed, document.Status);
    }

    [Fact]
    public void Leader_may_direct_a_document_not_yet_sent_and_direct_again_before_handling()
    {
        var document = Registered();

        document.Direct(Leader, DirectedAt, "Giao Phòng TT-BC-XB.", Guid.NewGuid(), null);
        document.Direct(Leader, DirectedAt, "Giao Phòng BCVT-CNTT.", Bcvtcntt, null);

        Assert.Equal(IncomingStatus.Directed, document.Status);
        Assert.Equal(Bcvtcntt, document.HandlingUnitId);
    }

    [Fact]
    public void Direction_needs_text()
    {
        var document = Registered();

        var refused = Assert.Throws<DomainRuleException>(() => document.Direct(Leader, DirectedAt, "  ", Bcvtcntt, null));

        Assert.Equal("Direction", refused.Field);
        Assert.Equal(IncomingStatus.Registered, document.Status);
    }

    [Fact]
    public void Directed_document_is_not_sent_for_direction_again()
    {
        Assert.Throws<DomainRuleException>(() => Directed().SendForDirection(Leader));
        Assert.Throws<DomainRuleException>(() => InProgress().SendForDirection(Leader));
    }

    [Fact]
    public void Document_in_progress_or_handled_is_not_directed_again()
    {
        Assert.Throws<DomainRuleException>(() => InProgress().Direct(Leader, DirectedAt, "Giao lại.", Bcvtcntt, null));
        Assert.Throws<DomainRuleException>(() => Handled().Direct(Leader, DirectedAt, "Giao lại.", Bcvtcntt, null));
    }

    [Fact]
    public void Handling_starts_only_after_direction()
    {
        var registered = Registered();
        Assert.Throws<DomainRuleException>(registered.StartHandling);
        Assert.Equal(IncomingStatus.Registered, registered.Status);

        var awaiting = Registered();
        awaiting.SendForDirection(Leader);
        Assert.Throws<DomainRuleException>(awaiting.StartHandling);
        Assert.Throws<DomainRuleException>(InProgress().StartHandling);
    }

    [Fact]
    public void Directed_document_may_be_marked_handled_without_starting()
    {
        var document = Directed();

        document.MarkHandled(null);

        Assert.Equal(IncomingStatus.Handled, document.Status);
        Assert.Null(document.HandlingNote);
    }

    [Fact]
    public void Undirected_document_cannot_be_marked_handled()
    {
        Assert.Throws<DomainRuleException>(() => Registered().MarkHandled("Xong"));
        Assert.Throws<DomainRuleException>(() => Handled().MarkHandled("Xong"));
    }

    [Fact]
    public void Only_a_handled_document_is_filed()
    {
        Assert.Throws<DomainRuleException>(Registered().File);
        Assert.Throws<DomainRuleException>(Directed().File);
        Assert.Throws<DomainRuleException>(InProgress().File);
    }

    [Fact]
    public void Correction_keeps_the_arrival_number_and_year()
    {
        var document = Registered();

        document.Correct(PoliceDispatch(new DateOnly(2022, 4, 20)) with { NumberSymbol = "716/CAT-PC02 " });

        Assert.Equal(6, document.ArrivalNumber);
        Assert.Equal(2022, document.ArrivalYear);
        Assert.Equal(new DateOnly(2022, 4, 20), document.ReceivedOn);
        Assert.Equal("716/CAT-PC02", document.NumberSymbol);
    }

    [Fact]
    public void Correction_into_another_year_is_refused()
    {
        var document = Registered();

        var refused = Assert.Throws<DomainRuleException>(() => document.Correct(PoliceDispatch(new DateOnly(2023, 1, 3))));

        Assert.Equal(nameof(IncomingDocumentDetails.ReceivedOn), refused.Field);
        Assert.Equal(new DateOnly(2022, 4, 19), document.ReceivedOn);
    }

    [Fact]
    public void Handled_or_filed_document_is_not_corrected()
    {
        Assert.Throws<DomainRuleException>(() => Handled().Correct(PoliceDispatch()));
        var filed = Handled();
        filed.File();
        Assert.Throws<DomainRuleException>(() => filed.Correct(PoliceDispatch()));
    }

    [Fact]
    public void Correction_refreshes_the_search_text()
    {
        var document = Registered();

        document.Correct(PoliceDispatch() with { Summary = "V/v phòng, chống tin nhắn rác" });

        Assert.Contains("tin nhan rac", document.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("lua dao", document.SearchText, StringComparison.Ordinal);
    }
}
