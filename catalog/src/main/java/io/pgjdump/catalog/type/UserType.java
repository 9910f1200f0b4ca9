package io.pgjdump.catalog.type;

import java.util.List;

/** A type a user created with CREATE TYPE or CREATE DOMAIN; table row types are not among them. */
public sealed interface UserType permits UserType.Enum, UserType.Domain, UserType.Composite, UserType.Range {

    TypeHeader header();

    /** CREATE TYPE ... AS ENUM; labels in enumsortorder. */
    record Enum(TypeHeader header, List<String> labels) implements UserType {
        public Enum {
            labels = List.copyOf(labels);
        }
    }

    /**
     * CREATE DOMAIN.
     *
     * @param baseType    format_type of the base type with its typmod
     * @param collation   qualified, quoted collation when it differs from the base type's, else null
     * @param defaultExpr pg_get_expr of the default, or null
     * @param notNull     typnotnull; on 17+ it is also a named constraint in {@code constraints}
     */
    record Domain(TypeHeader header, String baseType, String collation, String defaultExpr, boolean notNull,
                  List<DomainConstraint> constraints) implements UserType {
        public Domain {
            constraints = List.copyOf(constraints);
        }
    }

    /** CREATE TYPE ... AS (attributes); relOid is the pg_class row that holds the attributes. */
    record Composite(TypeHeader header, long relOid, List<Attribute> attributes) implements UserType {
        public Composite {
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * CREATE TYPE ... AS RANGE.
     *
     * @param subtypeOpclass qualified opclass when it is not the subtype's default, else null
     * @param collation      qualified collation when it differs from the subtype's, else null
     * @param canonical      qualified canonical function, or null; it takes the range type, so the
     *                       type is first created as a shell
     * @param subtypeDiff    qualified subtype_diff function, or null
     * @param multirange     qualified multirange type name (14+), or null
     */
    record Range(TypeHeader header, String subtype, String subtypeOpclass, String collation, String canonical,
                 long canonicalOid, String subtypeDiff, String multirange, long multirangeOid,
                 long multirangeArrayOid) implements UserType {
    }

    /** A domain constraint; definition is pg_get_constraintdef (CHECK (...) [NOT VALID], or NOT NULL). */
    record DomainConstraint(long oid, String name, String definition, boolean validated, String comment) {
    }

    /** An attribute of a composite type; collation as for columns (only when not the type's own). */
    record Attribute(String name, String type, String collation, String comment) {
    }
}
