using System.Net;
using System.Text;
using System.Text.Json;
using Modular.Audit;
using Modular.Sdk;
using Modular.Tests.Infrastructure;
using static Modular.Tests.Roster.RosterTestKit;

namespace Modular.Tests.Roster;

/// <summary>The roster import writes by COPY and set-based SQL, which the audit interceptor never sees: it records its own entries.</summary>
public sealed class RosterImportAuditTests(RosterHostFixture fixture) : IClassFixture<RosterHostFixture>
{
    private TestHost Host => fixture.Host;

    private static readonly string Bater = IdNumber("15292219800501001");

    private const string Header = "姓名,性别,出生日期,身份证号码,人员类别,所在组织,工作岗位,联系电话";

    private Task<ListPage<AuditEntry>> EntriesAsync(int jurisdictionId, string entity) =>
        Host.App.Services.GetRequiredService<AuditLog>().SearchAsync(jurisdictionId, new AuditFilter { Entity = entity, PageSize = PageRequest.MaxSize });

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n");

    [Fact]
    public async Task Imported_inserts_and_updates_are_audited_with_who_before_and_after()
    {
        var (admin, jurisdiction) = await Host.BannerWithBranchesAsync("import-audit");
        var first = await admin.ImportAsync("import-audit", Csv(
            $"巴特尔,男,1980-05-01,{Bater},正式党员,第一党支部,牧民,13812345678",
            "乌日娜,女,1985-01-01,,正式党员,第二党支部,教师,"), "a.csv");
        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var people = await admin.PeopleAsync("import-audit");
        var baterId = people.Named("巴特尔").GetProperty("id").GetInt64();

        var inserts = (await EntriesAsync(jurisdiction, "roster.people")).Items;
        Assert.Equal(2, inserts.Count);
        var inserted = inserts.Single(e => e.EntityKey == $"{jurisdiction}/{baterId}");
        Assert.Equal((AuditAction.Insert, "import-audit-admin"), (inserted.Action, inserted.UserName));
        Assert.NotNull(inserted.UserId);
        Assert.Null(inserted.Before);
        var after = inserted.After!.Value;
        Assert.Equal(("巴特尔", Bater, "牧民", "1980-05-01", "Full", 1), (after.GetProperty("name").GetString(), after.GetProperty("id_number").GetString(),
            after.GetProperty("post").GetString(), after.GetProperty("birth_date").GetString(), after.GetProperty("category").GetString(), after.GetProperty("version").GetInt32()));

        // 巴特尔 changes post and branch (matched by ID number); 乌日娜 is the same but for her phone column, which the file now has.
        var again = await admin.ImportAsync("import-audit", Csv(
            $"巴特尔,男,1980-05-01,{Bater},正式党员,第二党支部,嘎查书记,13812345678",
            "乌日娜,女,1985-01-01,,正式党员,第二党支部,教师,13900001111"), "b.csv");
        Assert.True(again.StatusCode == HttpStatusCode.OK, await again.Content.ReadAsStringAsync());

        var updates = (await EntriesAsync(jurisdiction, "roster.people")).Items.Where(e => e.Action == AuditAction.Update).ToList();
        Assert.Equal(2, updates.Count);
        var update = updates.Single(e => e.EntityKey == $"{jurisdiction}/{baterId}");
        Assert.Equal("import-audit-admin", update.UserName);
        // Only the key and what changed, as the interceptor records an update.
        Assert.Equal(["id", "jurisdiction_id", "organization_id", "post", "version"], update.Before!.Value.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(("牧民", "嘎查书记"), (update.Before.Value.GetProperty("post").GetString(), update.After!.Value.GetProperty("post").GetString()));
        Assert.Equal((1, 2), (update.Before.Value.GetProperty("version").GetInt32(), update.After.Value.GetProperty("version").GetInt32()));
        Assert.NotEqual(update.Before.Value.GetProperty("organization_id").GetInt64(), update.After.Value.GetProperty("organization_id").GetInt64());
        var uriná = updates.Single(e => e.EntityKey != $"{jurisdiction}/{baterId}");
        Assert.Equal(JsonValueKind.Null, uriná.Before!.Value.GetProperty("phone").ValueKind);
        Assert.Equal("13900001111", uriná.After!.Value.GetProperty("phone").GetString());

        var transfer = Assert.Single((await EntriesAsync(jurisdiction, "roster.transfers")).Items);
        Assert.Equal((AuditAction.Insert, baterId), (transfer.Action, transfer.After!.Value.GetProperty("person_id").GetInt64()));
    }

    [Fact]
    public async Task A_failed_import_leaves_no_audit_entries()
    {
        var (admin, jurisdiction) = await Host.BannerWithBranchesAsync("import-audit-fail");
        var first = await admin.ImportAsync("import-audit-fail", Csv($"巴特尔,男,1980-05-01,{Bater},正式党员,第一党支部,牧民,"), "a.csv");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        async Task<int> CountAsync() => (await EntriesAsync(jurisdiction, "roster.*")).Total;
        var before = await CountAsync();

        // A bad cell: refused before anything is written.
        var refused = await admin.ImportAsync("import-audit-fail", Csv($"巴特尔,男,1980-05-01,{Bater},正式党员,第二党支部,书记,", "王芳,女,1990-13-01,,正式党员,第一党支部,,"), "b.csv");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, await CountAsync());

        // The database refuses the last statement (the insert), after the transfer and the update wrote their entries:
        // the whole transaction goes, entries included.
        await Sql.ExecuteAsync(Host.ConnectionString, """
            CREATE FUNCTION roster.refuse_import_test() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.name = '拒收' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_import_test BEFORE INSERT ON roster.people FOR EACH ROW EXECUTE FUNCTION roster.refuse_import_test();
            """);
        var failed = await admin.ImportAsync("import-audit-fail", Csv($"巴特尔,男,1980-05-01,{Bater},正式党员,第二党支部,书记,", "拒收,女,1990-01-01,,正式党员,第一党支部,,"), "c.csv");
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(before, await CountAsync());
        var bater = (await admin.PeopleAsync("import-audit-fail")).Named("巴特尔");
        Assert.Equal(("牧民", "第一党支部"), (bater.GetProperty("post").GetString(), bater.GetProperty("organizationName").GetString()));
    }
}
