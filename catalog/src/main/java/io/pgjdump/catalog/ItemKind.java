package io.pgjdump.catalog;

/**
 * The kinds of script entry, in the order pg_dump prefers when dependencies leave a choice. The
 * ordinal is the tie-breaker of {@link DependencySorter}, so the same database always gives the
 * same script.
 */
public enum ItemKind {
    SCHEMA("SCHEMA", Section.PRE_DATA),
    EXTENSION("EXTENSION", Section.PRE_DATA),
    COLLATION("COLLATION", Section.PRE_DATA),
    TYPE("TYPE", Section.PRE_DATA),
    DOMAIN("DOMAIN", Section.PRE_DATA),
    FUNCTION("FUNCTION", Section.PRE_DATA),
    AGGREGATE("AGGREGATE", Section.PRE_DATA),
    SEQUENCE("SEQUENCE", Section.PRE_DATA),
    TABLE("TABLE", Section.PRE_DATA),
    VIEW("VIEW", Section.PRE_DATA),
    MATERIALIZED_VIEW("MATERIALIZED VIEW", Section.PRE_DATA),
    DEFAULT("DEFAULT", Section.PRE_DATA),
    CHECK_CONSTRAINT("CHECK CONSTRAINT", Section.PRE_DATA),
    SEQUENCE_OWNED_BY("SEQUENCE OWNED BY", Section.PRE_DATA),
    ATTACH_PARTITION("ATTACH PARTITION", Section.PRE_DATA),
    FOREIGN_DATA_WRAPPER("FOREIGN DATA WRAPPER", Section.PRE_DATA),
    SERVER("SERVER", Section.PRE_DATA),
    USER_MAPPING("USER MAPPING", Section.PRE_DATA),
    FOREIGN_TABLE("FOREIGN TABLE", Section.PRE_DATA),
    CAST("CAST", Section.PRE_DATA),
    TEXT_SEARCH_DICTIONARY("TEXT SEARCH DICTIONARY", Section.PRE_DATA),
    TEXT_SEARCH_CONFIGURATION("TEXT SEARCH CONFIGURATION", Section.PRE_DATA),
    PUBLICATION("PUBLICATION", Section.POST_DATA),

    TABLE_DATA("TABLE DATA", Section.DATA),
    SEQUENCE_SET("SEQUENCE SET", Section.DATA),

    INDEX("INDEX", Section.POST_DATA),
    CONSTRAINT("CONSTRAINT", Section.POST_DATA),
    INDEX_ATTACH("INDEX ATTACH", Section.POST_DATA),
    STATISTICS("STATISTICS", Section.POST_DATA),
    FK_CONSTRAINT("FK CONSTRAINT", Section.POST_DATA),
    RULE("RULE", Section.POST_DATA),
    TRIGGER("TRIGGER", Section.POST_DATA),
    ROW_SECURITY("ROW SECURITY", Section.POST_DATA),
    POLICY("POLICY", Section.POST_DATA),
    PUBLICATION_TABLE("PUBLICATION TABLE", Section.POST_DATA),
    PUBLICATION_SCHEMA("PUBLICATION TABLES IN SCHEMA", Section.POST_DATA),
    // after every object that has privileges, as in pg_dump: objects the replay creates later would
    // otherwise pick up default privileges that the source's objects never had
    DEFAULT_ACL("DEFAULT ACL", Section.POST_DATA),
    EVENT_TRIGGER("EVENT TRIGGER", Section.POST_DATA),
    MATERIALIZED_VIEW_DATA("MATERIALIZED VIEW DATA", Section.POST_DATA);

    private final String label;
    private final Section section;

    ItemKind(String label, Section section) {
        this.label = label;
        this.section = section;
    }

    public String label() {
        return label;
    }

    public Section section() {
        return section;
    }
}
