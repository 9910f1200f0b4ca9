package io.pgjdump.dump;

import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.Selection;
import io.pgjdump.dump.data.RowFormat;
import io.pgjdump.dump.output.Compression;
import io.pgjdump.dump.profile.Profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that shapes one dump. Build with {@link #builder()}.
 *
 * @param output          the file to write; null writes the script to {@code stdout} (no sidecars)
 * @param jobs            worker connections reading table data in parallel
 * @param lockWaitTimeout how long to wait for each table lock; zero waits forever
 * @param strict          fail when the selection holds objects pgjdump cannot represent
 * @param settingsForManifest the options as the user gave them, for the manifest (never a password)
 * @param profile         a selection policy and script layout for a kind of database, or null for pg_dump's
 * @param rows            COPY blocks or INSERT statements
 */
public record DumpOptions(Path output, Compression compression, int jobs, Selection selection, RenderOptions render,
                          boolean schemaOnly, boolean dataOnly, Duration lockWaitTimeout, boolean strict,
                          DumpListener listener, Map<String, Object> settingsForManifest, Profile profile,
                          RowFormat rows) {

    public DumpOptions {
        Objects.requireNonNull(compression, "compression");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(render, "render");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(rows, "rows");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        if (schemaOnly && dataOnly) {
            throw new IllegalArgumentException("options --schema-only and --data-only cannot be used together");
        }
        settingsForManifest = Map.copyOf(settingsForManifest);
    }

    /** The same options with other settings for the manifest. */
    public DumpOptions withSettings(Map<String, Object> settings) {
        return new DumpOptions(output, compression, jobs, selection, render, schemaOnly, dataOnly, lockWaitTimeout,
                strict, listener, settings, profile, rows);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A fluent way to set only what differs from pg_dump's defaults. */
    public static final class Builder {
        private Path output;
        private Compression compression = Compression.none();
        private int jobs = 1;
        private Selection selection = Selection.all();
        private RenderOptions render = RenderOptions.defaults();
        private boolean schemaOnly;
        private boolean dataOnly;
        private Duration lockWaitTimeout = Duration.ZERO;
        private boolean strict;
        private DumpListener listener = DumpListener.SILENT;
        private final Map<String, Object> settings = new LinkedHashMap<>();
        private Profile profile;
        private RowFormat rows = RowFormat.COPY;

        public Builder output(Path v) { output = v; return this; }
        public Builder compression(Compression v) { compression = v; return this; }
        public Builder jobs(int v) { jobs = v; return this; }
        public Builder selection(Selection v) { selection = v; return this; }
        public Builder render(RenderOptions v) { render = v; return this; }
        public Builder schemaOnly(boolean v) { schemaOnly = v; return this; }
        public Builder dataOnly(boolean v) { dataOnly = v; return this; }
        public Builder lockWaitTimeout(Duration v) { lockWaitTimeout = v; return this; }
        public Builder strict(boolean v) { strict = v; return this; }
        public Builder listener(DumpListener v) { listener = v; return this; }
        public Builder setting(String key, Object value) { settings.put(key, value); return this; }
        public Builder profile(Profile v) { profile = v; return this; }
        public Builder rows(RowFormat v) { rows = v; return this; }

        public DumpOptions build() {
            return new DumpOptions(output, compression, jobs, selection, render, schemaOnly, dataOnly,
                    lockWaitTimeout, strict, listener, settings, profile, rows);
        }
    }
}
