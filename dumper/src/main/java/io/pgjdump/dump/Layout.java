package io.pgjdump.dump;

import io.pgjdump.catalog.Catalog;
import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.DdlPlan;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.dump.profile.Decision;
import io.pgjdump.dump.profile.Decision.Category;
import io.pgjdump.dump.profile.ProfilePlan;
import io.pgjdump.dump.script.ScriptText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Arranges DDL, rows and sequence positions into the parts of a script. */
final class Layout {

    /**
     * Triggers (and so the foreign-key checks, which are triggers too) stay off while rows load,
     * as in Supabase's own data dumps: a trigger such as "insert a profile for each new user" must
     * not fire for restored users whose profiles are restored as well.
     */
    static final String TRIGGERS_OFF = "SET session_replication_role = replica;\n\n";
    static final String TRIGGERS_ON = "SET session_replication_role = DEFAULT;\n\n";

    private Layout() {
    }

    /** pg_dump's layout: pre-data, rows, sequence positions, post-data. */
    static List<ScriptPart> plain(Catalog catalog, DdlPlan plan, DumpOptions o) {
        List<Sequence> sequences = new ArrayList<>(catalog.dataOnly().sequences());
        sequences.addAll(catalog.sequences());
        return List.of(new ScriptPart(o.dataOnly() ? "" : items(plan.preData()),
                o.schemaOnly() ? List.of() : catalog.dataTables(), "",
                o.schemaOnly() ? List.of() : sequences, items(postData(plan, o))));
    }

    /** A profile's layout: platform rows first (user rows may reference them), then user schemas, then customisations. */
    static List<ScriptPart> profile(String profile, DdlPlan catalogPlan, ProfilePlan p, DumpOptions o) {
        DdlPlan plan = new DdlPlan(catalogPlan.preData().stream().filter(p::keeps).toList(),
                catalogPlan.postData().stream().filter(p::keeps).toList(), catalogPlan.warnings());
        boolean rows = !o.schemaOnly();
        boolean ddl = !o.dataOnly();
        String part1 = summary(profile, p) + ScriptText.banner("PART 1: AUTH AND STORAGE DATA")
                + (rows && !p.platformRows().isEmpty() ? TRIGGERS_OFF : "");
        String part2 = ScriptText.banner("PART 2: PUBLIC SCHEMA (SCHEMA + DATA)") + (ddl ? items(plan.preData()) + p.privilegeReset() : "")
                + (rows && !p.userRows().isEmpty() ? TRIGGERS_OFF : "");
        return List.of(
                new ScriptPart(part1, rows ? p.platformRows() : List.of(),
                        rows && !p.platformRows().isEmpty() ? TRIGGERS_ON : "",
                        rows ? p.platformSequences() : List.of(), ""),
                new ScriptPart(part2, rows ? p.userRows() : List.of(),
                        rows && !p.userRows().isEmpty() ? TRIGGERS_ON : "",
                        rows ? p.userSequences() : List.of(), items(postData(plan, o))),
                new ScriptPart(ScriptText.banner("PART 3: CUSTOMISATIONS OF PLATFORM TABLES")
                        + (ddl ? items(p.customisations()) : ""), List.of(), "", List.of(), ""));
    }

    /** What the file holds, in the header, so a reader knows before reading on. */
    private static String summary(String profile, ProfilePlan p) {
        Map<Category, List<Decision>> by = new TreeMap<>(p.decisions().stream()
                .collect(Collectors.groupingBy(Decision::category)));
        StringBuilder sb = new StringBuilder("--\n-- Profile: ").append(profile).append('\n');
        for (Map.Entry<Category, List<Decision>> e : by.entrySet()) {
            sb.append("--   ").append(e.getKey().heading()).append(": ").append(e.getValue().size()).append('\n');
        }
        sb.append("-- (pgjdump dump --profile ").append(profile).append(" --dry-run lists each object and why)\n--\n\n");
        return sb.toString();
    }

    /**
     * REFRESH MATERIALIZED VIEW fills a view with rows, so it counts as data, as with pg_dump: left
     * out of --schema-only, the only post-data item of --data-only.
     */
    private static List<DdlItem> postData(DdlPlan plan, DumpOptions o) {
        return plan.postData().stream()
                .filter(i -> i.kind() == ItemKind.MATERIALIZED_VIEW_DATA ? !o.schemaOnly() : !o.dataOnly())
                .toList();
    }

    static String items(List<DdlItem> items) {
        StringBuilder sb = new StringBuilder();
        for (DdlItem item : items) {
            sb.append(ScriptText.item(item));
        }
        return sb.toString();
    }
}
