package io.pgjdump.dump;

import io.pgjdump.dump.output.AtomicFile;
import io.pgjdump.dump.output.Manifest;
import io.pgjdump.restore.verify.RowDigest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** FILE.sha256 (in the format sha256sum -c reads) and FILE.manifest.json, written after FILE itself. */
final class Sidecars {

    private Sidecars() {
    }

    static Path checksumPath(Path file) {
        return file.resolveSibling(file.getFileName() + ".sha256");
    }

    static Path manifestPath(Path file) {
        return file.resolveSibling(file.getFileName() + ".manifest.json");
    }

    /**
     * What shaped the dump: the options the API caller or CLI recorded, over the ones every dump has.
     * A key that looks like a password is dropped whoever put it there.
     */
    static Map<String, Object> settings(DumpOptions options) {
        Map<String, Object> all = new TreeMap<>();
        all.put("compress", options.compression().toString());
        all.put("jobs", options.jobs());
        all.put("schemaOnly", options.schemaOnly());
        all.put("dataOnly", options.dataOnly());
        all.put("lockWaitTimeoutMs", options.lockWaitTimeout().toMillis());
        all.put("strict", options.strict());
        all.putAll(options.settingsForManifest());
        all.keySet().removeIf(k -> k.toLowerCase(Locale.ROOT).contains("password")
                || k.toLowerCase(Locale.ROOT).contains("passwd"));
        return all;
    }

    static void write(DumpOptions options, DumpResult result) throws IOException {
        Path file = result.file();
        String line = result.sha256() + "  " + file.getFileName() + "\n";
        AtomicFile.writeSmall(checksumPath(file), line.getBytes(StandardCharsets.UTF_8));
        List<Manifest.TableEntry> tables = result.tables().stream()
                .map(t -> new Manifest.TableEntry(t.schema(), t.name(), t.rows(), t.rowBytes(), t.fileBytes(),
                        Math.round(t.seconds() * 1000) / 1000.0, t.parts(), t.digest()))
                .toList();
        List<Manifest.SkippedEntry> skipped = result.notDumped().stream()
                .map(n -> new Manifest.SkippedEntry(n.kind(), n.schema(), n.name(), n.reason()))
                .toList();
        double seconds = Duration.between(result.started(), result.finished()).toMillis() / 1000.0;
        new Manifest(1, Dump.TOOL, Dump.VERSION, result.serverVersion(), result.database(),
                result.started().toString(), result.finished().toString(), seconds, "complete", settings(options),
                new Manifest.Output(file.getFileName().toString(), options.compression().toString(),
                        result.fileBytes(), result.scriptBytes(), result.sha256()),
                RowDigest.ALGORITHM, tables, skipped, result.warnings())
                .write(manifestPath(file));
    }
}
