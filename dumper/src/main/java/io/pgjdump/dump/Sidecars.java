package io.pgjdump.dump;

import io.pgjdump.dump.output.AtomicFile;
import io.pgjdump.dump.output.Manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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

    static void write(DumpOptions options, DumpResult result) throws IOException {
        Path file = result.file();
        String line = result.sha256() + "  " + file.getFileName() + "\n";
        AtomicFile.writeSmall(checksumPath(file), line.getBytes(StandardCharsets.UTF_8));
        List<Manifest.TableEntry> tables = result.tables().stream()
                .map(t -> new Manifest.TableEntry(t.schema(), t.name(), t.rows(), t.rowBytes(), t.fileBytes(),
                        Math.round(t.seconds() * 1000) / 1000.0, t.parts()))
                .toList();
        List<Manifest.SkippedEntry> skipped = result.notDumped().stream()
                .map(n -> new Manifest.SkippedEntry(n.kind(), n.schema(), n.name(), n.reason()))
                .toList();
        new Manifest(1, Dump.TOOL, Dump.VERSION, result.serverVersion(), result.database(),
                result.started().toString(), result.finished().toString(), "complete", options.settingsForManifest(),
                new Manifest.Output(file.getFileName().toString(), options.compression().toString(),
                        result.fileBytes(), result.scriptBytes(), result.sha256()),
                tables, skipped, result.warnings())
                .write(manifestPath(file));
    }
}
