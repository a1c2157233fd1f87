using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SoTTTT.Portal.Core.Common.Exceptions;
using SoTTTT.Portal.Core.Domain.Inspection;
using SoTTTT.Portal.Core.Features.Inspection;
using SoTTTT.Portal.Infrastructure.Persistence;
using SoTTTT.Portal.IntegrationTests.Infrastructure;

namespace SoTTTT.Portal.IntegrationTests.Inspection;

/// <summary>
/// Two inspectors evaluate the same unit and directive for the first time at the same instant. SQLite serialises
/// writers, so the race is staged: just before the portal inserts its evaluation, another inspector's evaluation of
/// the same pair is written on the same transaction, as SQL Server's read-committed isolation would allow.
/// </summary>
public sealed class EvaluationRaceTests(EvaluationRacePortal portal) : IClassFixture<EvaluationRacePortal>
{
    [Fact]
    public async Task The_second_of_two_simultaneous_first_evaluations_is_asked_to_reload_and_nothing_of_it_is_written()
    {
        var assignment = await portal.AssignmentOfAsync(await portal.AntiFraudDispatchIdAsync(), "VNPTTV");
        var auditBefore = await portal.ExecuteDbContextAsync(db => db.AuditEntries.CountAsync());
        portal.Competitor.Arm(assignment.UnitId, assignment.DocumentId);

        var refusal = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => portal.SendAsync(
            new EvaluateUnitComplianceCommand(assignment.UnitId, assignment.DocumentId, ComplianceRating.Good, "Đạt yêu cầu."), DemoUsers.Inspector));

        Assert.True(portal.Competitor.Fired);
        Assert.Contains("tải lại trang", refusal.Message, StringComparison.Ordinal);
        Assert.False(await portal.ExecuteDbContextAsync(db =>
            db.ComplianceEvaluations.AnyAsync(e => e.UnitId == assignment.UnitId && e.DocumentId == assignment.DocumentId)));
        Assert.Equal(auditBefore, await portal.ExecuteDbContextAsync(db => db.AuditEntries.CountAsync()));
    }
}

public sealed class EvaluationRacePortal : SliceFixture
{
    public EvaluationRacePortal() : this(new CompetingEvaluation())
    {
    }

    private EvaluationRacePortal(CompetingEvaluation competitor) : base(new PortalSettings(DemoData: true,
        ConfigureServices: services => services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(competitor)))) =>
        Competitor = competitor;

    public CompetingEvaluation Competitor { get; }
}

/// <summary>Writes another inspector's evaluation of the armed pair right before the portal's own insert of it.</summary>
public sealed class CompetingEvaluation : DbCommandInterceptor
{
    private (Guid UnitId, Guid DocumentId)? _armed;

    public bool Fired { get; private set; }

    public void Arm(Guid unitId, Guid documentId) => (_armed, Fired) = ((unitId, documentId), false);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (_armed is { } pair && command.CommandText.Contains("INSERT INTO \"ComplianceEvaluations\"", StringComparison.Ordinal))
        {
            _armed = null;
            Fired = true;
            await using var competing = command.Connection!.CreateCommand();
            competing.Transaction = command.Transaction;
            competing.CommandText = """
                INSERT INTO "ComplianceEvaluations" ("Id", "UnitId", "DocumentId", "Rating", "Comment", "EvaluatedById", "EvaluatedByName", "EvaluatedAtUtc")
                VALUES ($id, $unit, $document, 1, 'Chưa đạt.', 'another-inspector', 'Thanh tra viên khác', '2022-06-01 08:00:00');
                """;
            AddParameter(competing, "$id", Guid.NewGuid());
            AddParameter(competing, "$unit", pair.UnitId);
            AddParameter(competing, "$document", pair.DocumentId);
            await competing.ExecuteNonQueryAsync(cancellationToken);
        }
        return result;
    }

    // EF Core stores a Guid in SQLite as upper-case text.
    private static void AddParameter(DbCommand command, string name, Guid value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
    }
}
