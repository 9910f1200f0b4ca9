package io.pgjdump.catalog.type;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;
import io.pgjdump.catalog.depend.Dependency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** CREATE TYPE / CREATE DOMAIN for each kind, then owner, comments and grants. */
public final class TypeRenderer {

    private TypeRenderer() {
    }

    /** The key of a range type's shell, which its canonical function needs instead of the full type. */
    public static ObjectKey shellKey(long typeOid) {
        return new ObjectKey("pg_type shell", typeOid);
    }

    public static List<DdlItem> render(UserType type, RenderOptions opts) {
        TypeHeader h = type.header();
        String qname = Quote.qualified(h.schema(), h.name());
        List<DdlItem> items = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        Set<ObjectKey> provides = new HashSet<>(List.of(h.key()));
        if (h.arrayOid() != 0) {
            provides.add(new ObjectKey("pg_type", h.arrayOid()));
        }
        Set<ObjectKey> needs = new HashSet<>();
        String target = (type instanceof UserType.Domain ? "DOMAIN " : "TYPE ") + qname;
        if (type instanceof UserType.Enum e) {
            enumDefinition(sql, qname, e);
        } else if (type instanceof UserType.Domain d) {
            domainDefinition(sql, qname, d);
            d.constraints().forEach(c -> provides.add(new ObjectKey("pg_constraint", c.oid())));
        } else if (type instanceof UserType.Composite c) {
            compositeDefinition(sql, qname, c);
            provides.add(ObjectKey.pgClass(c.relOid()));
        } else if (type instanceof UserType.Range r) {
            rangeDefinition(sql, qname, r);
            if (r.multirangeOid() != 0) {
                provides.add(new ObjectKey("pg_type", r.multirangeOid()));
            }
            if (r.multirangeArrayOid() != 0) {
                provides.add(new ObjectKey("pg_type", r.multirangeArrayOid()));
            }
            if (r.canonical() != null) {
                items.add(new DdlItem(ItemKind.TYPE.section(), ItemKind.TYPE, h.schema(), h.name() + " (shell)",
                        h.owner(), "CREATE TYPE " + qname + ";\n", Set.of(shellKey(h.oid())), Set.of()));
                needs.add(new ObjectKey("pg_proc", r.canonicalOid()));
            }
        }
        Decorations.owner(sql, target, h.owner(), opts);
        Decorations.comment(sql, target, h.comment(), opts);
        if (type instanceof UserType.Composite c) {
            c.attributes().forEach(a ->
                    Decorations.comment(sql, "COLUMN " + qname + "." + Quote.ident(a.name()), a.comment(), opts));
        } else if (type instanceof UserType.Domain d) {
            d.constraints().forEach(c -> Decorations.comment(sql,
                    "CONSTRAINT " + Quote.ident(c.name()) + " ON DOMAIN " + qname, c.comment(), opts));
        }
        Decorations.grants(sql, "TYPE", qname, h.acl(), h.owner(), opts);
        ItemKind kind = type instanceof UserType.Domain ? ItemKind.DOMAIN : ItemKind.TYPE;
        items.add(new DdlItem(kind.section(), kind, h.schema(), h.name(), h.owner(), sql.toString(), provides, needs));
        return items;
    }

    /**
     * A canonical function takes its range type as argument, so pg_depend links it to the type and
     * the type to it. The function is made to wait only for the shell, which breaks the loop.
     */
    public static List<Dependency> redirectToShells(List<Dependency> deps, List<UserType> types) {
        Map<Long, UserType.Range> byCanonical = types.stream()
                .filter(t -> t instanceof UserType.Range r && r.canonical() != null).map(t -> (UserType.Range) t)
                .collect(Collectors.toMap(UserType.Range::canonicalOid, Function.identity(), (a, b) -> a));
        if (byCanonical.isEmpty()) {
            return deps;
        }
        return deps.stream().map(d -> {
            UserType.Range r = d.object().catalog().equals("pg_proc") ? byCanonical.get(d.object().oid()) : null;
            if (r != null && d.referenced().equals(r.header().key())) {
                return new Dependency(d.object(), shellKey(r.header().oid()));
            }
            return d;
        }).toList();
    }

    static void enumDefinition(StringBuilder sql, String qname, UserType.Enum e) {
        sql.append("CREATE TYPE ").append(qname).append(" AS ENUM (");
        if (!e.labels().isEmpty()) {
            sql.append("\n    ").append(e.labels().stream().map(Quote::literal).collect(Collectors.joining(",\n    ")))
                    .append("\n");
        }
        sql.append(");\n");
    }

    static void domainDefinition(StringBuilder sql, String qname, UserType.Domain d) {
        sql.append("CREATE DOMAIN ").append(qname).append(" AS ").append(d.baseType());
        if (d.collation() != null) {
            sql.append(" COLLATE ").append(d.collation());
        }
        if (d.defaultExpr() != null) {
            sql.append(" DEFAULT ").append(d.defaultExpr());
        }
        boolean namedNotNull = d.constraints().stream().anyMatch(c -> c.definition().equals("NOT NULL"));
        if (d.notNull() && !namedNotNull) {
            sql.append(" NOT NULL");
        }
        List<UserType.DomainConstraint> later = new ArrayList<>();
        for (UserType.DomainConstraint c : d.constraints()) {
            if (c.validated()) {
                sql.append("\n    CONSTRAINT ").append(Quote.ident(c.name())).append(' ').append(c.definition());
            } else {
                later.add(c); // NOT VALID is not accepted inside CREATE DOMAIN
            }
        }
        sql.append(";\n");
        for (UserType.DomainConstraint c : later) {
            sql.append("ALTER DOMAIN ").append(qname).append(" ADD CONSTRAINT ").append(Quote.ident(c.name()))
                    .append(' ').append(c.definition()).append(";\n");
        }
    }

    static void compositeDefinition(StringBuilder sql, String qname, UserType.Composite c) {
        sql.append("CREATE TYPE ").append(qname).append(" AS (");
        List<String> attrs = new ArrayList<>();
        for (UserType.Attribute a : c.attributes()) {
            attrs.add(Quote.ident(a.name()) + " " + a.type() + (a.collation() == null ? "" : " COLLATE " + a.collation()));
        }
        if (!attrs.isEmpty()) {
            sql.append("\n    ").append(String.join(",\n    ", attrs)).append("\n");
        }
        sql.append(");\n");
    }

    static void rangeDefinition(StringBuilder sql, String qname, UserType.Range r) {
        List<String> opts = new ArrayList<>();
        opts.add("subtype = " + r.subtype());
        if (r.multirange() != null) {
            opts.add("multirange_type_name = " + r.multirange());
        }
        if (r.subtypeOpclass() != null) {
            opts.add("subtype_opclass = " + r.subtypeOpclass());
        }
        if (r.collation() != null) {
            opts.add("collation = " + r.collation());
        }
        if (r.canonical() != null) {
            opts.add("canonical = " + r.canonical());
        }
        if (r.subtypeDiff() != null) {
            opts.add("subtype_diff = " + r.subtypeDiff());
        }
        sql.append("CREATE TYPE ").append(qname).append(" AS RANGE (\n    ").append(String.join(",\n    ", opts))
                .append("\n);\n");
    }
}
