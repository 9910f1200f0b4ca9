package io.pgjdump.dump.profile;

/**
 * One line of what a profile decided about an object, for --dry-run and the script header.
 *
 * @param object a name a reader recognises, e.g. "table auth.sessions" or "schema realtime"
 * @param reason why, in a few words; empty when the category says it all
 */
public record Decision(Category category, String object, String reason) {

    /** The headings --dry-run groups the decisions under, in this order. */
    public enum Category {
        SCHEMA_AND_DATA("schema and data"),
        SCHEMA_ONLY("schema only (rows left out)"),
        DATA_ONLY("data only (the target already has the definition)"),
        EXTENSION("extensions (CREATE EXTENSION IF NOT EXISTS)"),
        CUSTOMISATION("customisations of platform tables"),
        LEFT_OUT("left out");

        private final String heading;

        Category(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    public String describe() {
        return reason.isEmpty() ? object : object + ": " + reason;
    }
}
