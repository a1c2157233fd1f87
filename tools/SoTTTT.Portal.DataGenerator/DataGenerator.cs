using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SoTTTT.Portal.Core.Domain;
using SoTTTT.Portal.Core.Domain.Audit;
using SoTTTT.Portal.Core.Domain.Calendar;
using SoTTTT.Portal.Core.Domain.Documents;
using SoTTTT.Portal.Core.Domain.Identity;
using SoTTTT.Portal.Core.Domain.Organisation;
using SoTTTT.Portal.Core.Domain.Tasks;
using SoTTTT.Portal.Core.Features.Calendar;
using SoTTTT.Portal.Infrastructure.Identity;
using SoTTTT.Portal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace SoTTTT.Portal.DataGenerator;

public sealed record GenerationResult(TimeSpan Elapsed, IReadOnlyDictionary<string, long> Rows);

/// <summary>
/// A decade of a province's department: units, incoming and outgoing documents, directives with their
/// tasks, assignments and progress reports, and a chained audit log. Everything comes from one seeded
/// random source (ids included), so the same seed gives the same database. Entities are built through
/// the domain's own factories and transitions, and written in batches through fresh DbContexts without
/// change detection.
/// </summary>
public sealed class DataGenerator(GeneratorSettings settings, TextWriter log)
{
    private static readonly DateOnly FirstDay = new(2016, 1, 4);
    private static readonly DateOnly LastDay = new(2025, 12, 31);
    private const string IssuerCode = "STTTT";

    private readonly GeneratorSettings _settings = settings;
    private readonly TextWriter _log = log;
    private readonly Random _random = new(settings.Seed);
    private readonly Dictionary<string, long> _rows = [];
    private readonly List<OrgUnitRow> _divisions = [];
    private readonly List<OrgUnitRow> _recipients = [];
    private readonly List<Guid> _incomingIds = [];
    private readonly List<Guid> _outgoingIds = [];
    private readonly List<(Guid Id, Guid UnitId)> _assignmentIds = [];
    private string[] _specialists = [];
    private string[] _reporters = [];
    private string[] _leaders = [];
    private string[] _clerks = [];
    private DbContextOptions<PortalDbContext> _options = null!;
    private WorkingCalendar _calendar = null!;

    private sealed record OrgUnitRow(Guid Id, string Code, string Name);

    public async Task<GenerationResult> RunAsync(CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDatabase.Configure(builder, _settings.Provider, _settings.ConnectionString);
        _options = builder.Options;

        await using (var db = new PortalDbContext(_options))
        {
            _log.WriteLine($"Applying the portal's migrations ({_settings.Provider})…");
            await db.Database.MigrateAsync(cancellationToken);
            if (_settings.Provider == DatabaseProvider.Sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            if (_settings.AccountsOnly)
            {
                if (!await db.OrgUnits.AnyAsync(cancellationToken))
                    throw new InvalidOperationException("--accounts-only adds accounts to a generated database; this one holds no units.");
            }
            else if (await db.OrgUnits.AnyAsync(cancellationToken) || await db.AuditEntries.AnyAsync(cancellationToken))
                throw new InvalidOperationException("The database already holds data; the generator fills an empty database only.");
            _calendar = await WorkingCalendars.LoadAsync(db, cancellationToken);
        }

        _specialists = Users(60);
        _reporters = Users(400);
        _leaders = Users(5);
        _clerks = Users(4);

        if (!_settings.AccountsOnly)
        {
            await Phase("Units", GenerateUnits, cancellationToken);
            await Phase("Incoming documents", GenerateIncoming, cancellationToken);
            await Phase("Outgoing documents, directives, tasks, assignments, reports", GenerateOutgoing, cancellationToken);
            await Phase("Audit entries", GenerateAudit, cancellationToken);
        }
        if (_settings.Password is null)
            _log.WriteLine("Accounts skipped (no --password).");
        else
            await Phase("Accounts", GenerateAccounts, cancellationToken);
        return new GenerationResult(total.Elapsed, _rows);
    }

    private async Task Phase(string name, Func<Batch, CancellationToken, Task> generate, CancellationToken cancellationToken)
    {
        _log.WriteLine($"{name}…");
        var before = new Dictionary<string, long>(_rows);
        var watch = Stopwatch.StartNew();
        await using (var batch = new Batch(this, cancellationToken))
        {
            await generate(batch, cancellationToken);
        }
        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 0.001);
        foreach (var (table, count) in _rows.Where(r => r.Value != before.GetValueOrDefault(r.Key)))
        {
            var rows = count - before.GetValueOrDefault(table);
            _log.WriteLine($"  {table,-18} {rows,12:N0} rows  {rows / seconds,12:N0} rows/s");
        }
        var phaseRows = _rows.Sum(r => r.Value - before.GetValueOrDefault(r.Key));
        _log.WriteLine($"  {"(phase)",-18} {phaseRows,12:N0} rows  {phaseRows / seconds,12:N0} rows/s  in {seconds:F1} s");
    }

    private Task GenerateUnits(Batch batch, CancellationToken cancellationToken)
    {
        // Enough recipient units for the largest directive's fan-out, whatever the scale.
        var directives = Math.Max(1, _settings.Scaled(_settings.Directives, 4));
        var fanOut = (_settings.Scaled(_settings.Assignments, 4) + directives - 1) / directives;
        var count = Math.Max(_settings.Scaled(_settings.Units, 12), fanOut + 7);
        AddUnit(batch, "STTTT", "Sở Thông tin và Truyền thông", OrgUnitKind.Department, true);
        AddUnit(batch, "BGD", "Ban Giám đốc Sở", OrgUnitKind.Leadership, true);
        AddUnit(batch, "TTRA", "Thanh tra Sở", OrgUnitKind.Inspectorate, true);
        string[] divisions = ["Văn phòng Sở", "Phòng Bưu chính, Viễn thông và Công nghệ thông tin", "Phòng Thông tin, Báo chí, Xuất bản", "Phòng Kế hoạch – Tài chính"];
        string[] divisionCodes = ["VP", "BCVTCNTT", "TTBCXB", "KHTC"];
        for (var i = 0; i < divisions.Length; i++)
            _divisions.Add(AddUnit(batch, divisionCodes[i], divisions[i], OrgUnitKind.Division, true));
        for (var i = _divisions.Count + 3; i < count; i++)
        {
            var district = Names.Districts[i % Names.Districts.Length];
            var (kind, name) = (i % 6) switch
            {
                0 => (OrgUnitKind.CultureCentre, $"Trung tâm Văn hóa, Thông tin và Thể thao {district}"),
                1 => (OrgUnitKind.DistrictOffice, $"Phòng Văn hóa và Thông tin {district}"),
                2 => (OrgUnitKind.TelecomEnterprise, $"{Names.Enterprises[i % Names.Enterprises.Length]} {district}"),
                3 => (OrgUnitKind.PressAgency, $"{Names.Press[i % Names.Press.Length]} – văn phòng {district}"),
                4 => (OrgUnitKind.ExternalAgency, $"Công an {district}"),
                _ => (OrgUnitKind.DistrictOffice, $"Ủy ban nhân dân {district}"),
            };
            _recipients.Add(AddUnit(batch, $"DV{i:D4}", $"{name} ({i})", kind, false));
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Identity accounts for the user ids the data refers to: specialists (chuyenvien001…, spread over the divisions,
    /// as in a department: a report notifies its directive's division, and all specialists only when it has none), unit reporters
    /// (baocao001…, each of one recipient unit, in unit code order), leaders (lanhdao001…) and clerks (vanthu001…),
    /// with the roles the portal seeds. The password is hashed once and the hash reused (the hash embeds its own
    /// salt, so every account verifies; only their hashes are equal). Leaders still need their two-factor setup.
    /// </summary>
    private async Task GenerateAccounts(Batch batch, CancellationToken cancellationToken)
    {
        List<OrgUnitRow> recipients;
        List<Guid> divisions;
        Guid department;
        await using (var db = new PortalDbContext(_options))
        {
            recipients = (await db.OrgUnits.AsNoTracking().Where(u => !u.IsInternal).OrderBy(u => u.Code)
                .Select(u => new { u.Id, u.Code, u.FullName }).ToListAsync(cancellationToken))
                .Select(u => new OrgUnitRow(u.Id, u.Code, u.FullName)).ToList();
            department = await db.OrgUnits.Where(u => u.Code == "STTTT").Select(u => u.Id).FirstAsync(cancellationToken);
            divisions = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Division).OrderBy(u => u.Code).Select(u => u.Id).ToListAsync(cancellationToken);
            foreach (var role in PortalRoles.All)
            {
                var normalized = role.ToUpperInvariant();
                if (!await db.Roles.AnyAsync(r => r.NormalizedName == normalized, cancellationToken))
                    db.Roles.Add(new IdentityRole(role) { NormalizedName = normalized });
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        Dictionary<string, string> roleIds;
        HashSet<string> existing;
        await using (var db = new PortalDbContext(_options))
        {
            roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
            existing = [.. await db.Users.Select(u => u.Id).ToListAsync(cancellationToken)];
        }

        var hash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), _settings.Password!);
        void Add(string id, string userName, string fullName, string position, Guid unitId, string role)
        {
            if (existing.Contains(id))
                return;
            var user = new PortalUser
            {
                Id = id,
                UserName = userName,
                NormalizedUserName = userName.ToUpperInvariant(),
                Email = $"{userName}@sotttt.example",
                NormalizedEmail = $"{userName}@sotttt.example".ToUpperInvariant(),
                EmailConfirmed = true,
                FullName = fullName,
                Position = position,
                UnitId = unitId,
                PasswordHash = hash,
                SecurityStamp = NextGuid().ToString("N").ToUpperInvariant(),
                ConcurrencyStamp = NextGuid().ToString("D"),
                LockoutEnabled = true,
                Version = NextGuid(),
            };
            batch.Add("AspNetUsers", user);
            batch.Add("AspNetUserRoles", new IdentityUserRole<string> { UserId = id, RoleId = roleIds[role] });
        }

        for (var i = 0; i < _specialists.Length; i++)
            Add(_specialists[i], $"chuyenvien{i + 1:D3}", $"Chuyên viên {i + 1:D3}", "Chuyên viên", divisions[i % divisions.Count], PortalRoles.Specialist);
        for (var i = 0; i < _reporters.Length; i++)
        {
            var unit = recipients[i % recipients.Count];
            Add(_reporters[i], $"baocao{i + 1:D3}", $"Cán bộ báo cáo {i + 1:D3}", "Cán bộ", unit.Id, PortalRoles.UnitReporter);
        }
        for (var i = 0; i < _leaders.Length; i++)
            Add(_leaders[i], $"lanhdao{i + 1:D3}", $"Lãnh đạo {i + 1:D3}", "Phó Giám đốc", department, PortalRoles.Leader);
        for (var i = 0; i < _clerks.Length; i++)
            Add(_clerks[i], $"vanthu{i + 1:D3}", $"Văn thư {i + 1:D3}", "Văn thư", department, PortalRoles.Clerk);
        await batch.FlushIfFullAsync();
    }

    private OrgUnitRow AddUnit(Batch batch, string code, string name, OrgUnitKind kind, bool isInternal)
    {
        var unit = OrgUnit.Create(new OrgUnitDetails(code, name, null, kind, isInternal, ActiveFrom: FirstDay));
        Identify(unit);
        batch.Add("OrgUnits", unit);
        return new OrgUnitRow(unit.Id, unit.Code, unit.FullName);
    }

    private async Task GenerateIncoming(Batch batch, CancellationToken cancellationToken)
    {
        var count = _settings.Scaled(_settings.Incoming, 20);
        var numbers = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            var received = DayOf(i, count);
            var number = numbers[received.Year] = numbers.GetValueOrDefault(received.Year) + 1;
            var issuer = Pick(_recipients);
            var type = (DocumentType)_random.Next(0, 9);
            var document = IncomingDocument.Register(number, new IncomingDocumentDetails(
                received,
                $"{_random.Next(1, 3000)}/{issuer.Code}",
                type,
                issuer.Id,
                issuer.Name,
                received.AddDays(-_random.Next(1, 6)),
                $"{DocumentTypes.Name(type)} về {Pick(Names.Topics)} năm {received.Year}",
                _random.Next(10) == 0 ? Urgency.Urgent : Urgency.Normal,
                Confidentiality.Normal,
                _random.Next(3) == 0 ? received.AddDays(15) : null));
            Identify(document);
            var stage = _random.Next(10);
            if (stage >= 2)
            {
                document.SendForDirection(Pick(_leaders));
                if (stage >= 3)
                {
                    document.Direct(Pick(_leaders), At(received.AddDays(1), 9), $"Giao {Pick(_divisions).Name} chủ trì tham mưu.", Pick(_divisions).Id, received.AddDays(10));
                    if (stage >= 4)
                        document.StartHandling();
                    if (stage >= 5)
                        document.MarkHandled("Đã tham mưu văn bản trả lời.");
                    if (stage >= 7)
                        document.File();
                }
            }
            batch.Add("IncomingDocuments", document);
            _incomingIds.Add(document.Id);
            await batch.FlushIfFullAsync();
        }
        foreach (var (year, last) in numbers)
            batch.Add("RegisterCounters", new RegisterCounter(RegisterKind.Incoming, year, last));
    }

    private async Task GenerateOutgoing(Batch batch, CancellationToken cancellationToken)
    {
        var outgoing = _settings.Scaled(_settings.Outgoing, 10);
        var directives = Math.Min(outgoing, _settings.Scaled(_settings.Directives, 4));
        var assignments = Math.Max(directives, _settings.Scaled(_settings.Assignments, 4));
        var reports = _settings.Scaled(_settings.Reports, 0);
        var numbers = new Dictionary<int, int>();
        var directive = 0;
        var assignmentsSoFar = 0;
        for (var i = 0; i < outgoing; i++)
        {
            var issuedOn = DayOf(i, outgoing);
            var number = numbers[issuedOn.Year] = numbers.GetValueOrDefault(issuedOn.Year) + 1;
            var isDirective = directive < directives && (long)i * directives / outgoing >= directive;
            var division = Pick(_divisions);
            var type = isDirective ? (_random.Next(2) == 0 ? DocumentType.KeHoach : DocumentType.CongVan) : (DocumentType)_random.Next(0, 9);
            var topic = Pick(Names.Topics);
            List<OrgUnitRow> assigned = [];
            if (isDirective)
            {
                var share = Share(assignments, directives, directive);
                assigned = [.. Sample(_recipients, Math.Min(share, _recipients.Count))];
            }
            else
            {
                assigned = [.. Sample(_recipients, _random.Next(1, 4))];
            }

            var document = OutgoingDocument.Draft(Pick(_specialists), IssuerCode, new OutgoingDraft(
                type, division.Id, division.Code, "Hà Tĩnh",
                type == DocumentType.CongVan ? $"V/v {(isDirective ? "triển khai " : "")}{topic} năm {issuedOn.Year}" : $"{DocumentTypes.Name(type)} {topic} năm {issuedOn.Year}",
                [new RecipientDraft(assigned.Count == 1 ? assigned[0].Name : "Các đơn vị có tên tại Nơi nhận")],
                null,
                [new SectionDraft(null, $"Sở Thông tin và Truyền thông đề nghị các đơn vị triển khai {topic}, báo cáo kết quả theo định kỳ.")],
                null, Pick(_leaders), Pick(Names.Leaders), SigningAuthority.OnBehalfOf, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                [.. assigned.Take(20).Select(u => new RecipientDraft(u.Name, u.Id)), new RecipientDraft("Lưu: VT, " + division.Code + ".", Purpose: DistributionPurpose.Archive)],
                _incomingIds.Count > 0 && _random.Next(4) == 0 ? [Pick(_incomingIds)] : []));
            Identify(document);
            document.Submit();
            document.Approve();
            document.Issue(number, issuedOn, Pick(_clerks), At(issuedOn, 15), assigned.Select(u => u.Id));
            batch.Add("OutgoingDocuments", document);
            _outgoingIds.Add(document.Id);

            if (isDirective)
            {
                var reportsHere = Share(reports, assignments, assignmentsSoFar, assigned.Count);
                AddDirective(batch, document, topic, assigned, reportsHere);
                assignmentsSoFar += assigned.Count;
                directive++;
            }
            await batch.FlushIfFullAsync();
        }
        foreach (var (year, last) in numbers)
            batch.Add("RegisterCounters", new RegisterCounter(RegisterKind.Outgoing, year, last));
    }

    private void AddDirective(Batch batch, OutgoingDocument document, string topic, List<OrgUnitRow> units, int reports)
    {
        var issuedOn = document.IssuedOn!.Value;
        var deadline = _random.Next(3) switch
        {
            0 => new TaskDeadline(DeadlineKind.FixedDate, issuedOn.AddDays(_random.Next(20, 120))),
            1 => new TaskDeadline(DeadlineKind.WorkingDaysAfterIssue, WorkingDays: _random.Next(5, 30)),
            _ => new TaskDeadline(DeadlineKind.Monthly, CutOffDay: 25),
        };
        var task = DirectiveTask.Plan(document.Id, Pick(_specialists), new TaskPlan(
            1, $"Triển khai {topic}", $"Các đơn vị tổ chức thực hiện {topic} trên địa bàn.",
            (TaskPriority)_random.Next(0, 3), deadline,
            [new IndicatorPlan(null, Pick(Names.Indicators), "lượt", _random.Next(100, 5000))],
            [.. units.Select((u, index) => new AssigneePlan(u.Id, null, index == 0 ? AssignmentRole.Lead : AssignmentRole.Coordinate))]));
        Identify(task);
        foreach (var indicator in task.Indicators)
            SetId(indicator, NextGuid());
        var issued = task.Issue(issuedOn, document.IssuedAtUtc!.Value, _calendar, new Dictionary<Guid, IReadOnlyList<Guid>>());
        batch.Add("DirectiveTasks", task);

        var pending = new List<ProgressReport>();
        for (var a = 0; a < issued.Count; a++)
        {
            var assignment = issued[a];
            Identify(assignment);
            var reporter = Pick(_reporters);
            var count = Share(reports, issued.Count, a);
            var fate = _random.Next(10);
            var periodFrom = issuedOn;
            IReadOnlyList<IndicatorFigure> figures = [];
            for (var s = 0; s < count; s++)
            {
                var periodTo = periodFrom.AddDays(_random.Next(15, 45));
                var last = s == count - 1;
                var claims = last && fate < 6;
                var percent = claims ? 100 : Math.Min(95, (s + 1) * 100 / (count + 1));
                var at = At(periodTo, 8 + _random.Next(9));
                var report = assignment.SubmitReport(new ReportDraft(
                    periodFrom, periodTo,
                    $"Đơn vị đã triển khai {topic}; kết quả kỳ {s + 1} đạt {percent}% kế hoạch.",
                    percent,
                    [.. task.Indicators.Select(i => new IndicatorValueDraft(i.Id, _random.Next(0, 1000)))],
                    _random.Next(3) == 0 ? $"{_random.Next(1, 500)}/BC" : null,
                    claims), reporter, at, periodTo);
                SetId(report, NextGuid());
                if ((!last || fate < 6 || fate >= 8) && assignment.AcceptReport(report, Pick(_specialists), at.AddDays(_random.Next(1, 4)), null))
                    figures = IndicatorFigure.Of(report, issuedOn, task.Indicators);
                pending.Add(report);
                periodFrom = periodTo.AddDays(1);
            }
            batch.Add("Assignments", assignment);
            foreach (var figure in figures)
                batch.Add("IndicatorFigures", figure);
            _assignmentIds.Add((assignment.Id, assignment.UnitId));
        }
        foreach (var report in pending)
            batch.Add("ProgressReports", report);
    }

    private async Task GenerateAudit(Batch batch, CancellationToken cancellationToken)
    {
        var count = _settings.Scaled(_settings.AuditEntries, 10);
        var span = (At(LastDay, 17) - At(FirstDay, 7)).Ticks;
        AuditLink? previous = null;
        for (long i = 0; i < count; i++)
        {
            var at = At(FirstDay, 7).AddTicks(span / count * i);
            var kind = _random.Next(10);
            var record = kind switch
            {
                < 3 when _assignmentIds.Count > 0 => Audit(at, Pick(_reporters), "SubmitProgressReportCommand", "Assignment", Pick(_assignmentIds)),
                < 5 when _outgoingIds.Count > 0 => Audit(at, Pick(_specialists), "EditOutgoingDraftCommand", "OutgoingDocument", (Pick(_outgoingIds), (Guid?)null)),
                < 7 when _incomingIds.Count > 0 => Audit(at, Pick(_clerks), "RegisterIncomingDocumentCommand", "IncomingDocument", (Pick(_incomingIds), (Guid?)null)),
                _ => new AuditRecord(at, Pick(_reporters), "user", null, nameof(SecurityEventKind.SignedIn), null, null, "{}", $"10.0.{_random.Next(256)}.{_random.Next(256)}"),
            };
            var entry = AuditEntry.After(previous, record);
            previous = new AuditLink(entry.Id, entry.Hash);
            batch.Add("AuditEntries", entry);
            await batch.FlushIfFullAsync();
        }
    }

    private AuditRecord Audit(DateTime at, string userId, string action, string entityType, (Guid Id, Guid? UnitId) entity) =>
        new(at, userId, userId, entity.UnitId, action, entityType, entity.Id.ToString("D"),
            $$"""{"id":"{{entity.Id:D}}"}""", $"10.0.{_random.Next(256)}.{_random.Next(256)}");

    private AuditRecord Audit(DateTime at, string userId, string action, string entityType, (Guid Id, Guid UnitId) entity) =>
        Audit(at, userId, action, entityType, (entity.Id, (Guid?)entity.UnitId));

    /// <summary>The i-th of n items spread evenly over the decade, on a working day.</summary>
    private DateOnly DayOf(long i, long n)
    {
        var day = FirstDay.AddDays((int)((LastDay.DayNumber - FirstDay.DayNumber) * i / Math.Max(1, n)));
        while (!_calendar.IsWorkingDay(day))
            day = day.AddDays(1);
        return day > LastDay ? LastDay : day;
    }

    /// <summary>The part of <paramref name="total"/> the index-th of <paramref name="parts"/> gets (times <paramref name="width"/> consecutive parts).</summary>
    private static int Share(int total, int parts, int index, int width = 1) =>
        (int)(((long)total * (index + width) / parts) - ((long)total * index / parts));

    /// <summary>The UTC instant of <paramref name="hour"/> o'clock in Viet Nam (UTC+7).</summary>
    private static DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc).AddHours(-7);

    private string[] Users(int count) => [.. Enumerable.Range(1, count).Select(_ => NextGuid().ToString("D"))];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private IEnumerable<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < count)
            chosen.Add(_random.Next(items.Count));
        return chosen.Order().Select(index => items[index]);
    }

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private void Identify(Entity entity)
    {
        SetId(entity, NextGuid());
        if (entity is IVersioned versioned)
            versioned.Version = NextGuid();
    }

    private static void SetId(object entity, Guid id) =>
        entity.GetType().GetProperty(nameof(Entity.Id))!.SetValue(entity, id);

    /// <summary>A DbContext that is written and replaced every <see cref="GeneratorSettings.BatchSize"/> rows.</summary>
    private sealed class Batch(DataGenerator generator, CancellationToken cancellationToken) : IAsyncDisposable
    {
        private PortalDbContext? _db;
        private int _pending;
        private long _written;
        private long _nextReport = 100_000;
        private readonly Stopwatch _watch = Stopwatch.StartNew();

        public void Add(string table, object entity)
        {
            _db ??= Open();
            _db.Add(entity);
            _pending++;
            generator._rows[table] = generator._rows.GetValueOrDefault(table) + 1;
        }

        public async Task FlushIfFullAsync()
        {
            if (_pending >= generator._settings.BatchSize)
                await FlushAsync();
        }

        private async Task FlushAsync()
        {
            if (_db is null)
                return;
            await _db.SaveChangesAsync(cancellationToken);
            await _db.DisposeAsync();
            _db = null;
            _written += _pending;
            _pending = 0;
            if (_written >= _nextReport)
            {
                generator._log.WriteLine($"  … {_written:N0} rows ({_written / Math.Max(_watch.Elapsed.TotalSeconds, 0.001):N0} rows/s)");
                _nextReport += 100_000 * (1 + _nextReport / 1_000_000);
            }
        }

        private PortalDbContext Open()
        {
            var db = new PortalDbContext(generator._options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            if (generator._settings.Provider == DatabaseProvider.Sqlite)
            {
                db.Database.OpenConnection();
                db.Database.ExecuteSqlRaw("PRAGMA synchronous = OFF;");
            }
            return db;
        }

        public async ValueTask DisposeAsync() => await FlushAsync();
    }
}
