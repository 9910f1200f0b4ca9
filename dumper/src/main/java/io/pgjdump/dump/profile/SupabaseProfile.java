package io.pgjdump.dump.profile;

import io.pgjdump.catalog.Catalog;
import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.NamePattern;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.Selection;
import io.pgjdump.catalog.constraint.Constraint;
import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.catalog.table.Table;
import io.pgjdump.dump.profile.Decision.Category;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A backup of what a Supabase project's owner made: every user schema with its rows, the rows of
 * {@code auth} and {@code storage} (the target project already has their tables, owned by the
 * platform), and the user's own triggers, policies and publication entries on platform tables.
 * Schemas the platform manages, rows that only make sense in the running project (sessions,
 * tokens, challenges) and the platform's migration bookkeeping are left out, each with its reason.
 */
public final class SupabaseProfile implements Profile {

    /** Schemas whose tables the platform creates and whose rows belong to the user. */
    static final List<String> DATA_ONLY_SCHEMAS = List.of("auth", "storage");

    /** Schemas created and kept up to date by the platform or its extensions. */
    static final List<String> MANAGED_SCHEMAS = List.of("realtime", "_realtime", "extensions", "graphql",
            "graphql_public", "vault", "pgbouncer", "pgsodium", "pgsodium_masks", "supabase_functions",
            "supabase_migrations", "net", "cron", "_analytics", "_supavisor", "pgtle", "supabase_admin");

    /** Roles that own what the platform manages; a schema they own is the platform's. */
    static final Set<String> PLATFORM_OWNERS = Set.of("supabase_admin", "supabase_auth_admin",
            "supabase_storage_admin", "supabase_functions_admin", "supabase_realtime_admin",
            "supabase_replication_admin");

    private static final String SESSION = "transient: sign-in state of the old project (users sign in again;"
            + " its tokens are signed with the old project's JWT secret)";

    /**
     * Platform tables whose rows are left out. Everything here expires within minutes to days or
     * is tied to the old project's keys or object store, or is the platform's own migration record
     * that every project already holds (restoring it would conflict).
     */
    static final Map<String, String> LEFT_OUT_TABLES = Map.ofEntries(
            Map.entry("auth.sessions", SESSION),
            Map.entry("auth.refresh_tokens", SESSION),
            Map.entry("auth.mfa_amr_claims", "transient: authentication methods of sign-in sessions"),
            Map.entry("auth.mfa_challenges", "transient: MFA challenges, valid for minutes"),
            Map.entry("auth.one_time_tokens", "transient: magic-link, confirmation and recovery tokens that expire"),
            Map.entry("auth.flow_state", "transient: PKCE and OAuth sign-ins in progress"),
            Map.entry("auth.saml_relay_states", "transient: SAML sign-ins in progress"),
            Map.entry("auth.oauth_authorizations", "transient: OAuth authorization requests and codes in progress"),
            Map.entry("auth.oauth_client_states", "transient: OAuth state parameters of sign-ins in progress"),
            Map.entry("auth.webauthn_challenges", "transient: WebAuthn challenges, valid for minutes"),
            Map.entry("auth.schema_migrations", "platform bookkeeping: every project already has these rows"),
            Map.entry("storage.migrations", "platform bookkeeping: every project already has these rows"),
            Map.entry("storage.s3_multipart_uploads",
                    "transient: S3 multipart uploads in progress; their parts live in the old project's object store"),
            Map.entry("storage.s3_multipart_uploads_parts",
                    "transient: S3 multipart uploads in progress; their parts live in the old project's object store"));

    private static final String SCHEMAS = """
            SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner) AS owner,
                   (SELECT e.extname FROM pg_catalog.pg_depend d
                      JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
                     WHERE d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objid = n.oid
                       AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
                     LIMIT 1) AS extension
            FROM pg_catalog.pg_namespace n
            ORDER BY n.nspname
            """;

    @Override
    public String name() {
        return "supabase";
    }

    @Override
    public Scope scope(Connection conn, Selection user) throws SQLException {
        List<Decision> leftOut = new ArrayList<>();
        List<NamePattern> excluded = new ArrayList<>();
        List<NamePattern> dataOnly = new ArrayList<>();
        CatalogQuery.list(conn, "schemas (supabase profile)", SCHEMAS, rs -> {
            String schema = rs.getString("nspname");
            if (Selection.isSystemSchema(schema)) {
                return null;
            }
            String reason = managedReason(schema, rs.getString("owner"), rs.getString("extension"));
            if (DATA_ONLY_SCHEMAS.contains(schema)) {
                excluded.add(NamePattern.forSchema(exact(schema)));
                dataOnly.add(NamePattern.forRelation(exact(schema) + ".*"));
            } else if (reason != null) {
                excluded.add(NamePattern.forSchema(exact(schema)));
                leftOut.add(new Decision(Category.LEFT_OUT, "schema " + schema, reason));
            }
            return null;
        });
        // Supabase installs extensions into "extensions": the user's are created there (IF NOT EXISTS)
        return new Scope(user.plus(excluded, dataOnly, List.of(NamePattern.forSchema("extensions"))), leftOut);
    }

    private static String managedReason(String schema, String owner, String extension) {
        if (MANAGED_SCHEMAS.contains(schema)) {
            return "managed by Supabase";
        }
        if (extension != null) {
            return "created by extension " + extension;
        }
        if (PLATFORM_OWNERS.contains(owner)) {
            return "owned by " + owner + ": managed by Supabase";
        }
        return null;
    }

    @Override
    public ProfilePlan plan(Catalog catalog, Scope scope, RenderOptions render) {
        List<Decision> decisions = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        Stream.concat(catalog.dataOnly().tables().stream(), catalog.tables().stream())
                .forEach(t -> names.put(t.oid(), t.schema() + "." + t.name()));

        Map<Long, Table> withRows = new LinkedHashMap<>();
        Map<Long, String> leftOutRows = new LinkedHashMap<>();
        for (Table t : catalog.dataOnly().tables()) {
            String reason = LEFT_OUT_TABLES.get(t.schema() + "." + t.name());
            if (reason != null) {
                leftOutRows.put(t.oid(), reason);
            } else if (!t.dumpData()) {
                leftOutRows.put(t.oid(), t.isPartitioned() ? "partitioned: rows are in its partitions"
                        : "rows left out by --exclude-table-data");
            } else {
                withRows.put(t.oid(), t);
            }
        }
        Set<Long> present = new HashSet<>();
        for (Table t : catalog.tables()) {
            if (t.dumpData()) {
                withRows.put(t.oid(), t);
            } else if (t.isPartitioned()) {
                present.add(t.oid());
            } else {
                leftOutRows.put(t.oid(), "rows left out by --exclude-table-data");
            }
        }
        List<Constraint> foreignKeys = new ArrayList<>(catalog.dataOnly().foreignKeys());
        catalog.constraints().stream().filter(c -> c.type() == 'f').forEach(foreignKeys::add);
        ForeignKeyClosure.apply(withRows, present, names, foreignKeys)
                .forEach((t, reason) -> leftOutRows.put(t.oid(), reason));

        for (Table t : catalog.dataOnly().tables()) {
            String name = "table " + t.schema() + "." + t.name();
            if (withRows.containsKey(t.oid())) {
                decisions.add(new Decision(Category.DATA_ONLY, name, dataOnlyNote(t)));
            } else {
                decisions.add(new Decision(Category.LEFT_OUT, name, leftOutRows.get(t.oid())));
            }
        }
        catalog.schemas().forEach(s -> decisions.add(new Decision(Category.SCHEMA_AND_DATA, "schema " + s.name(), "")));
        for (Table t : catalog.tables()) {
            String name = "table " + t.schema() + "." + t.name();
            if (withRows.containsKey(t.oid())) {
                decisions.add(new Decision(Category.SCHEMA_AND_DATA, name, ""));
            } else if (t.isPartitioned()) {
                decisions.add(new Decision(Category.SCHEMA_AND_DATA, name, "partitioned: rows are in its partitions"));
            } else {
                decisions.add(new Decision(Category.SCHEMA_ONLY, name, leftOutRows.get(t.oid())));
            }
        }
        List<Sequence> platformSequences = new ArrayList<>();
        for (Sequence s : catalog.dataOnly().sequences()) {
            if (s.ownedByOid() == 0 || withRows.containsKey(s.ownedByOid())) {
                platformSequences.add(s);
            } else {
                decisions.add(new Decision(Category.LEFT_OUT, "sequence " + s.schema() + "." + s.name(),
                        "belongs to " + names.getOrDefault(s.ownedByOid(), s.ownedByTable()) + ", whose rows are not dumped"));
            }
        }
        PlatformCustomisations custom = PlatformCustomisations.of(catalog, render,
                name -> name.startsWith("supabase_realtime"), PLATFORM_OWNERS);
        decisions.addAll(custom.decisions());
        decisions.addAll(scope.leftOut());
        List<Table> platformRows = catalog.dataOnly().tables().stream().filter(t -> withRows.containsKey(t.oid())).toList();
        List<Table> userRows = catalog.tables().stream().filter(t -> withRows.containsKey(t.oid())).toList();
        return new ProfilePlan(platformRows, platformSequences, userRows, catalog.sequences(), custom.items(),
                DefaultPrivilegeReset.render(catalog, render), custom.leaveOut(), decisions);
    }

    private static String dataOnlyNote(Table t) {
        if (!PLATFORM_OWNERS.contains(t.owner())) {
            // the platform's tables belong to its roles; this one may be the user's own, which a new project lacks
            return "owned by " + t.owner() + ", not by the platform: the target must already have this table";
        }
        return t.schema().equals("storage") && t.name().equals("objects")
                ? "file metadata only: copy the files themselves separately" : "";
    }

    /** A pattern that matches exactly this name. */
    private static String exact(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
