package io.pgjdump.catalog.depend;

import io.pgjdump.catalog.ObjectKey;

/** One pg_depend edge: {@code object} needs {@code referenced} to exist first. */
public record Dependency(ObjectKey object, ObjectKey referenced) {
}
