package io.pgjdump.dump.profile;

import io.pgjdump.catalog.Catalog;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.Selection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * A selection policy over the catalog for a particular kind of database: which schemas are dumped
 * whole, which tables only by their rows, what is left out and why. It never rewrites SQL text; it
 * chooses catalog objects and says how the script is laid out.
 */
public interface Profile {

    /** The name given to --profile. */
    String name();

    /**
     * Narrows the user's selection before the catalog is read. Runs inside the dump's snapshot,
     * on the connection that will read the catalog.
     */
    Scope scope(Connection conn, Selection user) throws SQLException;

    /** Decides from the catalog what goes into each part of the script. */
    ProfilePlan plan(Catalog catalog, Scope scope, RenderOptions render);

    /** The selection to read the catalog with, and what was left out before reading it. */
    record Scope(Selection selection, List<Decision> leftOut) {
        public Scope {
            leftOut = List.copyOf(leftOut);
        }
    }

    static Profile named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "supabase" -> new SupabaseProfile();
            default -> throw new IllegalArgumentException("unknown profile \"" + name + "\" (known: supabase)");
        };
    }
}
