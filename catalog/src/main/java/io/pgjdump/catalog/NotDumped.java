package io.pgjdump.catalog;

/** An object in the selection that pgjdump cannot represent; it is reported, never silently dropped. */
public record NotDumped(String kind, String schema, String name, String reason) {

    public String describe() {
        return kind + " " + (schema == null ? name : schema + "." + name) + ": " + reason;
    }
}
