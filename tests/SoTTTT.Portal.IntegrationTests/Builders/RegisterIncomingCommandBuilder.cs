using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Features.Documents;

namespace SoTTTT.Portal.IntegrationTests.Builders;

/// <summary>A valid incoming công văn from the provincial People's Committee, not sent to a leader, unless told otherwise.</summary>
public sealed class RegisterIncomingCommandBuilder
{
    private static int _sequence;

    private RegisterIncomingDocumentCommand _command = new(
        new DateOnly(2022, 5, 12),
        $"{1600 + Interlocked.Increment(ref _sequence)}/UBND-KGVX",
        DocumentType.CongVan,
        null,
        "Ủy ban nhân dân tỉnh Trà Vinh",
        new DateOnly(2022, 5, 10),
        "V/v tăng cường công tác bảo đảm an toàn thông tin mạng",
        Urgency.Normal,
        Confidentiality.Normal,
        null,
        null);

    public static RegisterIncomingCommandBuilder AnIncomingDocument() => new();

    public RegisterIncomingCommandBuilder With(Func<RegisterIncomingDocumentCommand, RegisterIncomingDocumentCommand> change)
    {
        _command = change(_command);
        return this;
    }

    /// <summary>Received on <paramref name="receivedOn"/>, issued the day before.</summary>
    public RegisterIncomingCommandBuilder ReceivedOn(DateOnly receivedOn) =>
        With(c => c with { ReceivedOn = receivedOn, IssuedOn = receivedOn.AddDays(-1) });

    public RegisterIncomingCommandBuilder SentTo(string leaderId) => With(c => c with { SendToLeaderId = leaderId });

    public RegisterIncomingDocumentCommand Build() => _command;

    public static implicit operator RegisterIncomingDocumentCommand(RegisterIncomingCommandBuilder builder) => builder.Build();
}
