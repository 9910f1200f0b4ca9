package io.pgjdump.dump.data;

import io.pgjdump.bench.Rows;
import io.pgjdump.dump.output.BlockBuffers;
import io.pgjdump.dump.output.Compression;
import io.pgjdump.dump.output.Framer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A worker's hot path after the socket: COPY rows into 512 KiB blocks and frame them (plain or
 * zstd at levels 1, 3, 6), with the buffers recycled as the writer would. One operation is 8 MiB
 * of rows; MB/s = 8 / (ms/op) × 1000 × 1.048. The baseline only copies the rows into one buffer:
 * the memory-bandwidth floor of any framing.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BlockFramingBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BlockFramingBenchmark {

    static final int BLOCK = 512 << 10;

    @Param({"none", "zstd:1", "zstd:3", "zstd:6"})
    public String compression;

    private List<byte[]> rows;
    private Framer framer;
    private BlockBuffers buffers;
    private byte[] flat;

    @Setup
    public void setup() {
        rows = Rows.copyText(8L << 20);
        framer = new Framer(Compression.parse(compression));
        buffers = new BlockBuffers(BLOCK + (64 << 10));
        flat = new byte[(int) Rows.size(rows)];
    }

    @Benchmark
    public long buildAndFrameBlocks(Blackhole bh) {
        long[] fileBytes = new long[1];
        CopyBlockBuilder builder = new CopyBlockBuilder("COPY public.orders (id, customer, placed, total, status, ref) "
                + "FROM stdin;\n", BLOCK, framer, buffers, block -> {
                    fileBytes[0] += block.fileBytes();
                    bh.consume(block.framed());
                    buffers.recycle(block.framed());
                });
        for (byte[] row : rows) {
            builder.addRow(row);
        }
        builder.finish(true);
        return fileBytes[0];
    }

    @Benchmark
    public int baselineCopyRows() {
        int p = 0;
        for (byte[] row : rows) {
            System.arraycopy(row, 0, flat, p, row.length);
            p += row.length;
        }
        return p;
    }
}
