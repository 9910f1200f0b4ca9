package io.pgjdump.dump.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * FILE.manifest.json: what a dump holds and how it went, for people, scripts and a later verify.
 * Options are recorded as the user gave them; a password never reaches this record.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(int formatVersion, String tool, String toolVersion, String serverVersion, String database,
                       String started, String finished, double seconds, String status, Map<String, Object> options,
                       Output output, String rowDigest, List<TableEntry> tables, List<SkippedEntry> notDumped,
                       List<String> warnings) {

    public record Output(String file, String compression, long bytes, long scriptBytes, String sha256) {
    }

    /**
     * @param digest the {@code rowDigest} of the table's rows (see io.pgjdump.restore.verify.RowDigest):
     *               a restore check re-reads the table with COPY TO STDOUT and compares
     */
    public record TableEntry(String schema, String name, long rows, long rowBytes, long fileBytes, double seconds,
                             int parts, String digest) {
    }

    public record SkippedEntry(String kind, String schema, String name, String reason) {
    }

    public void write(Path target) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFile.writeSmall(target, mapper.writeValueAsBytes(this));
    }
}
