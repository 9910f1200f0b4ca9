package io.pgjdump.restore;

import java.time.Duration;
import java.util.List;

/**
 * What a restore did.
 *
 * @param statements       statements the server ran (COPY statements included, DROPs of clean too)
 * @param copyBlocks       COPY ... FROM stdin blocks loaded
 * @param rows             rows those blocks loaded
 * @param failures         statements refused (only with continue-on-error; otherwise the restore
 *                         throws at the first)
 * @param checksumVerified whether a FILE.sha256 was there and matched
 * @param timings          where the time went
 * @param check            what {@link RestoreOptions#check()} found; null when no check was asked for
 */
public record RestoreResult(long statements, long copyBlocks, long rows, List<RestoreFailure> failures,
                            boolean checksumVerified, Timings timings, CheckResult check) {

    public RestoreResult {
        failures = List.copyOf(failures);
    }

    /** True when a check was asked for and found a difference or could not run. */
    public boolean checkFailed() {
        return check != null && check.failed();
    }

    /** True when any statement failed. */
    public boolean failed() {
        return !failures.isEmpty();
    }

    /**
     * Wall-clock time by phase. {@code data} and {@code parallelDdl} are the runs that went across
     * the jobs; {@code sequential} is everything run one statement at a time on the main connection.
     */
    public record Timings(Duration verify, Duration clean, Duration sequential, Duration data, Duration parallelDdl,
                          Duration total) {
    }
}
