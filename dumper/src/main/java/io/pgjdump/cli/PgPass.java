package io.pgjdump.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A libpq password file (~/.pgpass or $PGPASSFILE): lines of host:port:database:username:password
 * where {@code *} matches anything, {@code \:} and {@code \\} escape, and the first match wins.
 * Like libpq, a file that others can read is ignored (with a warning), as it would leak passwords.
 */
final class PgPass {

    private PgPass() {
    }

    static Optional<String> lookup(Path file, String host, int port, String database, String user,
                                   java.util.function.Consumer<String> warn) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)
                    || perms.contains(PosixFilePermission.GROUP_WRITE)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                warn.accept("password file \"" + file + "\" has group or world access; permissions should be u=rw (0600) or less");
                return Optional.empty();
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to check, read it as libpq does on Windows
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            warn.accept("could not read password file \"" + file + "\": " + e.getMessage());
            return Optional.empty();
        }
        String[] wanted = {host, Integer.toString(port), database, user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < 4 && match; i++) {
                String f = fields.get(i);
                match = f.equals("*") || f.equals(wanted[i])
                        || (i == 0 && f.equals("localhost") && wanted[i].equals("127.0.0.1"));
            }
            if (match) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
