package io.pgjdump.dump;

import io.pgjdump.catalog.Catalog;
import io.pgjdump.catalog.table.Table;
import io.pgjdump.dump.profile.Decision;
import io.pgjdump.dump.profile.Decision.Category;
import io.pgjdump.dump.profile.Profile;
import io.pgjdump.dump.profile.ProfilePlan;

import java.util.ArrayList;
import java.util.List;

/** What a dump would write, decided but not written (--dry-run). */
public record DryRun(String database, String serverVersion, String profile, List<Decision> decisions,
                     List<String> warnings) {

    public DryRun {
        decisions = List.copyOf(decisions);
        warnings = List.copyOf(warnings);
    }

    static DryRun of(String database, Catalog catalog, Profile profile, ProfilePlan plan, List<String> warnings) {
        List<Decision> decisions = plan != null ? plan.decisions() : plainDecisions(catalog);
        return new DryRun(database, catalog.version().toString(), profile == null ? null : profile.name(),
                decisions, warnings);
    }

    private static List<Decision> plainDecisions(Catalog catalog) {
        List<Decision> out = new ArrayList<>();
        for (Table t : catalog.dataOnly().tables()) {
            out.add(new Decision(t.dumpData() ? Category.DATA_ONLY : Category.LEFT_OUT,
                    "table " + t.schema() + "." + t.name(), t.dumpData() ? "" : "rows left out by --exclude-table-data"));
        }
        for (Table t : catalog.tables()) {
            boolean rows = t.dumpData() || t.isPartitioned();
            out.add(new Decision(rows ? Category.SCHEMA_AND_DATA : Category.SCHEMA_ONLY,
                    "table " + t.schema() + "." + t.name(), t.isPartitioned() ? "partitioned: rows are in its partitions"
                            : rows ? "" : "rows left out by --exclude-table-data"));
        }
        return out;
    }

    public List<Decision> in(Category category) {
        return decisions.stream().filter(d -> d.category() == category).toList();
    }

    /** The report, grouped by decision, one object per line. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("Dry run of database ").append(database).append(" (server ").append(serverVersion).append(")");
        sb.append(profile == null ? "" : ", profile " + profile).append(": nothing written\n");
        for (Category c : Category.values()) {
            List<Decision> in = in(c);
            if (in.isEmpty()) {
                continue;
            }
            sb.append('\n').append(c.heading()).append(" (").append(in.size()).append("):\n");
            in.forEach(d -> sb.append("  ").append(d.describe()).append('\n'));
        }
        for (String w : warnings) {
            sb.append("\nwarning: ").append(w);
        }
        return sb.toString();
    }
}
