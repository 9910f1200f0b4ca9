package io.pgjdump.restore.verify;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * An order-independent digest of a table's rows: the row count and the sum, modulo 2^128, of the
 * 128-bit MurmurHash3 (x64 variant, seed 0) of every row line exactly as {@code COPY ... TO STDOUT}
 * sends it (text format, trailing newline included). Addition commutes, so the dumper can digest
 * a table in page ranges on several connections and a later check can re-read the restored table
 * in whatever physical order it now has; both must use the same session settings so that the row
 * text is the same.
 *
 * <p>Not a cryptographic hash: it detects lost, duplicated or altered rows, not a forger. It is
 * written here (rather than taken from a library) because restore depends on pgjdbc and zstd-jni only.
 *
 * <p>Not thread-safe: one instance per reading thread, combined with {@link #add(RowDigest)}.
 */
public final class RowDigest {

    /** Names the algorithm in manifests, so a future change of algorithm is detectable. */
    public static final String ALGORITHM = "murmur3-128-sum";

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long low;
    private long high;
    private long rows;

    /** Adds one row line. */
    public void addRow(byte[] row, int offset, int length) {
        long h1 = 0;
        long h2 = 0;
        int blocks = length >>> 4;
        int p = offset;
        for (int i = 0; i < blocks; i++, p += 16) {
            long k1 = (long) LONG_LE.get(row, p);
            long k2 = (long) LONG_LE.get(row, p + 8);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        long k1 = 0;
        long k2 = 0;
        int tail = length & 15;
        // the tail bytes, little-endian: bytes 8..15 go to k2, bytes 0..7 to k1
        for (int i = tail - 1; i >= 8; i--) {
            k2 = (k2 << 8) | (row[p + i] & 0xffL);
        }
        for (int i = Math.min(tail, 8) - 1; i >= 0; i--) {
            k1 = (k1 << 8) | (row[p + i] & 0xffL);
        }
        if (tail > 8) {
            h2 ^= mixK2(k2);
        }
        if (tail > 0) {
            h1 ^= mixK1(k1);
        }
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        accumulate(h1, h2, 1);
    }

    /** Adds another digest (of other rows of the same table), as if its rows had been added here. */
    public void add(RowDigest other) {
        accumulate(other.low, other.high, other.rows);
    }

    public long rows() {
        return rows;
    }

    /** The 128-bit sum as 32 lowercase hex digits, most significant first. */
    public String hex() {
        return String.format(Locale.ROOT, "%016x%016x", high, low);
    }

    /** True when both digests cover the same multiset of rows (with overwhelming probability). */
    public boolean sameAs(RowDigest other) {
        return low == other.low && high == other.high && rows == other.rows;
    }

    @Override
    public String toString() {
        return rows + " rows, " + ALGORITHM + " " + hex();
    }

    /** The MurmurHash3 x64 128 of one row as {h1, h2}, for tests against a reference implementation. */
    static long[] hash(byte[] row, int offset, int length) {
        RowDigest d = new RowDigest();
        d.addRow(row, offset, length);
        return new long[] {d.low, d.high};
    }

    private void accumulate(long h1, long h2, long count) {
        long sum = low + h1;
        long carry = Long.compareUnsigned(sum, low) < 0 ? 1 : 0;
        low = sum;
        high += h2 + carry;
        rows += count;
    }

    private static long mixK1(long k1) {
        k1 *= C1;
        k1 = Long.rotateLeft(k1, 31);
        return k1 * C2;
    }

    private static long mixK2(long k2) {
        k2 *= C2;
        k2 = Long.rotateLeft(k2, 33);
        return k2 * C1;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
