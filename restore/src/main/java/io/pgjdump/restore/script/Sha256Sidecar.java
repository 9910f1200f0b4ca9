package io.pgjdump.restore.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The {@code FILE.sha256} beside a dump, in sha256sum format ({@code <hex>  <name>}, or
 * {@code <hex> *<name>}). Verified over the bytes as stored (compressed or not) before anything
 * is committed, so a damaged file changes nothing.
 */
public final class Sha256Sidecar {

    private Sha256Sidecar() {
    }

    public static Path of(Path file) {
        return file.resolveSibling(file.getFileName() + ".sha256");
    }

    /**
     * Checks {@code file} against its sidecar.
     *
     * @return false when there is no sidecar (nothing to verify)
     * @throws ScriptException when the sidecar is unreadable or the digest differs
     */
    public static boolean verify(Path file) throws IOException {
        Path sidecar = of(file);
        if (!Files.exists(sidecar)) {
            return false;
        }
        String expected = expectedDigest(sidecar, file.getFileName().toString());
        String actual = digest(file);
        if (!actual.equals(expected)) {
            throw new ScriptException("checksum mismatch: " + sidecar.getFileName() + " says " + expected
                    + " but " + file.getFileName() + " has " + actual
                    + "; the file is damaged or incomplete, nothing was restored", 0, -1);
        }
        return true;
    }

    static String expectedDigest(Path sidecar, String fileName) throws IOException {
        List<String> lines = Files.readAllLines(sidecar, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        String only = null;
        for (String l : lines) {
            String[] parts = l.split("\\s+\\*?", 2);
            if (parts.length < 1 || !parts[0].matches("(?i)[0-9a-f]{64}")) {
                throw new ScriptException(sidecar.getFileName() + " is not in sha256sum format: " + l, 0, -1);
            }
            String name = parts.length > 1 ? parts[1] : "";
            if (name.equals(fileName) || Path.of(name.isEmpty() ? "." : name).getFileName().toString().equals(fileName)) {
                return parts[0].toLowerCase(Locale.ROOT);
            }
            only = lines.size() == 1 ? parts[0].toLowerCase(Locale.ROOT) : null;
        }
        if (only != null) {
            // a renamed dump keeps its old name inside the sidecar; one line can only mean this file
            return only;
        }
        throw new ScriptException(sidecar.getFileName() + " has no line for " + fileName, 0, -1);
    }

    static String digest(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
