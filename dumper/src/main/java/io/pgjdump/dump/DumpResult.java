package io.pgjdump.dump;

import io.pgjdump.catalog.NotDumped;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What a finished dump wrote. */
public record DumpResult(Path file, String serverVersion, String database, Instant started, Instant finished,
                         long fileBytes, long scriptBytes, String sha256, List<TableStats> tables,
                         List<NotDumped> notDumped, List<String> warnings) {

    public DumpResult {
        tables = List.copyOf(tables);
        notDumped = List.copyOf(notDumped);
        warnings = List.copyOf(warnings);
    }

    public long rows() {
        return tables.stream().mapToLong(TableStats::rows).sum();
    }
}
