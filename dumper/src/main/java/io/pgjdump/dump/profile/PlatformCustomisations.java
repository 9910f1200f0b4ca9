package io.pgjdump.dump.profile;

import io.pgjdump.catalog.Catalog;
import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.defaultacl.DefaultAcl;
import io.pgjdump.catalog.eventtrigger.EventTrigger;
import io.pgjdump.catalog.extension.Extension;
import io.pgjdump.catalog.function.Function;
import io.pgjdump.catalog.policy.Policy;
import io.pgjdump.catalog.policy.PolicyRenderer;
import io.pgjdump.catalog.publication.Publication;
import io.pgjdump.catalog.publication.PublicationRenderer;
import io.pgjdump.catalog.trigger.Trigger;
import io.pgjdump.catalog.trigger.TriggerRenderer;
import io.pgjdump.dump.profile.Decision.Category;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a user changed on objects the platform owns, and what of the platform the catalog read
 * that must not be recreated. Customisations (part 3 of the script): triggers on platform tables
 * that call the user's functions, row-level security policies on platform tables, and the user's
 * tables in the platform's publications (created first if the target lacks it). Left out of the
 * user's DDL: the platform's own publications, event triggers and default privileges.
 *
 * @param items    the customisations, in the order they are written
 * @param leaveOut catalog rows whose DDL items the user-schema part must not carry
 */
record PlatformCustomisations(List<DdlItem> items, Set<ObjectKey> leaveOut, List<Decision> decisions) {

    static PlatformCustomisations of(Catalog catalog, RenderOptions render, Predicate<String> platformPublication,
                                     Set<String> platformRoles) {
        List<DdlItem> items = new ArrayList<>();
        Set<ObjectKey> leaveOut = new HashSet<>();
        List<Decision> decisions = new ArrayList<>();
        Set<Long> userFunctions = new HashSet<>(catalog.objects().functions().stream().map(Function::oid).toList());

        for (Publication p : catalog.publications()) {
            if (!platformPublication.test(p.name())) {
                continue;
            }
            leaveOut.add(p.key());
            p.tables().forEach(m -> leaveOut.add(new ObjectKey("pg_publication_rel", m.oid())));
            if (p.allTables()) {
                items.add(createIfMissing(p));
                decisions.add(new Decision(Category.CUSTOMISATION, "publication " + p.name(), "FOR ALL TABLES"));
                continue;
            }
            if (p.tables().isEmpty()) {
                decisions.add(new Decision(Category.LEFT_OUT, "publication " + p.name(),
                        "the platform's, and none of the dumped tables is in it"));
                continue;
            }
            items.add(createIfMissing(p));
            for (DdlItem member : PublicationRenderer.render(p, render)) {
                if (member.kind() != ItemKind.PUBLICATION) {
                    items.add(member);
                }
            }
            p.tables().forEach(m -> decisions.add(new Decision(Category.CUSTOMISATION,
                    "publication " + p.name() + ": table " + m.schema() + "." + m.table(), "")));
        }
        for (Trigger t : catalog.dataOnly().triggers()) {
            String name = "trigger " + t.name() + " on " + t.schema() + "." + t.table();
            if (userFunctions.contains(t.functionOid())) {
                items.add(TriggerRenderer.render(t, render));
                decisions.add(new Decision(Category.CUSTOMISATION, name, "calls a dumped function"));
            } else {
                decisions.add(new Decision(Category.LEFT_OUT, name, "the platform's (its function is not dumped)"));
            }
        }
        for (Policy p : catalog.dataOnly().policies()) {
            items.add(PolicyRenderer.render(p, render));
            decisions.add(new Decision(Category.CUSTOMISATION, "policy \"" + p.name() + "\" on " + p.schema() + "."
                    + p.table(), ""));
        }
        for (EventTrigger e : catalog.eventTriggers()) {
            if (!userFunctions.contains(e.functionOid())) {
                leaveOut.add(e.key());
                decisions.add(new Decision(Category.LEFT_OUT, "event trigger " + e.name(),
                        "the platform's (its function " + e.functionSchema() + "." + e.functionName() + " is not dumped)"));
            }
        }
        for (DefaultAcl d : catalog.defaultAcls()) {
            if (platformRoles.contains(d.role())) {
                leaveOut.add(d.key());
                decisions.add(new Decision(Category.LEFT_OUT, "default privileges on " + objects(d.objectType())
                        + " for role " + d.role()
                        + (d.schema() == null ? "" : " in schema " + d.schema()),
                        "set by the platform (only " + d.role() + " may change them)"));
            }
        }
        for (Extension e : catalog.objects().extensions()) {
            decisions.add(new Decision(Category.EXTENSION, "extension " + e.name(), "in schema " + e.schema()));
        }
        return new PlatformCustomisations(items, leaveOut, decisions);
    }

    private static String objects(char objectType) {
        return switch (objectType) {
            case 'r' -> "tables";
            case 'S' -> "sequences";
            case 'f' -> "functions";
            case 'T' -> "types";
            case 'n' -> "schemas";
            default -> "objects of type " + objectType;
        };
    }

    /** The target project normally has the publication already; a bare database may not. */
    private static DdlItem createIfMissing(Publication p) {
        String sql = "DO $pgjdump$\nBEGIN\n"
                + "    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_publication WHERE pubname = "
                + Quote.literal(p.name()) + ") THEN\n"
                + "        CREATE PUBLICATION " + Quote.ident(p.name()) + (p.allTables() ? " FOR ALL TABLES" : "")
                + " WITH (publish = " + Quote.literal(String.join(", ", p.publish())) + ");\n"
                + "    END IF;\nEND\n$pgjdump$;\n";
        return new DdlItem(ItemKind.PUBLICATION.section(), ItemKind.PUBLICATION, null, p.name(), null, sql,
                Set.of(p.key()), Set.of());
    }
}
