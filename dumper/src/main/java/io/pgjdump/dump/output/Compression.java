package io.pgjdump.dump.output;

/**
 * How the script is stored: plain SQL, or zstd as a sequence of independent frames (one per data
 * block) that together form one valid zstd stream.
 *
 * @param level zstd level (1..19); ignored for NONE
 */
public record Compression(Method method, int level) {

    public enum Method { NONE, ZSTD }

    /**
     * Level 1: on the mixed benchmark dataset (2 cores, -j 2) it took 36% less CPU than level 3 and,
     * with 512 KiB independent frames, even gave the smaller file (229 vs 257 MB; pg_dump -Fc: 279 MB).
     * See benchmarks/RESULTS.md. Users who want more squeeze ask for zstd:LEVEL.
     */
    public static final int DEFAULT_ZSTD_LEVEL = 1;

    public static Compression none() {
        return new Compression(Method.NONE, 0);
    }

    public static Compression zstd(int level) {
        if (level < 1 || level > 19) {
            throw new IllegalArgumentException("zstd level must be between 1 and 19, got " + level);
        }
        return new Compression(Method.ZSTD, level);
    }

    /** Parses "none", "zstd" or "zstd:LEVEL" (pg_dump's --compress spelling). */
    public static Compression parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("none") || t.equals("0")) {
            return none();
        }
        if (t.equals("zstd")) {
            return zstd(DEFAULT_ZSTD_LEVEL);
        }
        if (t.startsWith("zstd:")) {
            String level = t.substring(5);
            if (level.startsWith("level=")) {
                level = level.substring(6);
            }
            try {
                return zstd(Integer.parseInt(level));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid zstd level \"" + level + "\"");
            }
        }
        throw new IllegalArgumentException("unsupported compression \"" + text + "\" (use none, zstd or zstd:LEVEL)");
    }

    public boolean enabled() {
        return method == Method.ZSTD;
    }

    @Override
    public String toString() {
        return enabled() ? "zstd:" + level : "none";
    }
}
