package io.pgjdump.bench;

import io.pgjdump.restore.verify.RowDigest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two digests on the data path, over the same 8 MiB of COPY rows: the writer's SHA-256 of the
 * file (over 512 KiB direct blocks, as ScriptSink sees them, and over a heap array for
 * comparison) and the workers' per-row {@link RowDigest}. The baseline sums row lengths: the cost
 * of walking the rows at all.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DigestBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DigestBenchmark {

    private List<byte[]> rows;
    private byte[] flat;
    private ByteBuffer[] directBlocks;
    private MessageDigest sha256;

    @Setup
    public void setup() throws NoSuchAlgorithmException {
        rows = Rows.copyText(8L << 20);
        flat = new byte[(int) Rows.size(rows)];
        int p = 0;
        for (byte[] r : rows) {
            System.arraycopy(r, 0, flat, p, r.length);
            p += r.length;
        }
        int blocks = (flat.length + (512 << 10) - 1) / (512 << 10);
        directBlocks = new ByteBuffer[blocks];
        for (int i = 0; i < blocks; i++) {
            int from = i * (512 << 10);
            int len = Math.min(512 << 10, flat.length - from);
            directBlocks[i] = ByteBuffer.allocateDirect(len).put(flat, from, len).flip();
        }
        sha256 = MessageDigest.getInstance("SHA-256");
    }

    @Benchmark
    public byte[] sha256DirectBlocks() {
        for (ByteBuffer b : directBlocks) {
            sha256.update(b);
            b.position(0);
        }
        return sha256.digest();
    }

    @Benchmark
    public byte[] sha256HeapArray() {
        sha256.update(flat);
        return sha256.digest();
    }

    @Benchmark
    public String rowDigest() {
        RowDigest d = new RowDigest();
        for (byte[] r : rows) {
            d.addRow(r, 0, r.length);
        }
        return d.hex();
    }

    /** The reference implementation RowDigest is tested against, summed the same way. */
    @Benchmark
    public long commonsCodecMurmur3Sum() {
        long lo = 0;
        long hi = 0;
        for (byte[] r : rows) {
            long[] h = org.apache.commons.codec.digest.MurmurHash3.hash128x64(r, 0, r.length, 0);
            lo += h[0];
            hi += h[1];
        }
        return lo ^ hi;
    }

    @Benchmark
    public long baselineWalkRows() {
        long n = 0;
        for (byte[] r : rows) {
            n += r.length + r[0];
        }
        return n;
    }
}
