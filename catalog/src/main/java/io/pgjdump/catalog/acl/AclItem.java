package io.pgjdump.catalog.acl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of an aclitem[] (grantee=privileges/grantor). An empty grantee is PUBLIC.
 *
 * @param grantee   role name, or "" for PUBLIC
 * @param privileges privilege letters without grant-option marks
 * @param grantable privilege letters that carry WITH GRANT OPTION
 * @param grantor   role that granted them
 */
public record AclItem(String grantee, String privileges, String grantable, String grantor) {

    private static final Map<Character, String> NAMES = Map.ofEntries(
            Map.entry('r', "SELECT"), Map.entry('w', "UPDATE"), Map.entry('a', "INSERT"),
            Map.entry('d', "DELETE"), Map.entry('D', "TRUNCATE"), Map.entry('x', "REFERENCES"),
            Map.entry('t', "TRIGGER"), Map.entry('X', "EXECUTE"), Map.entry('U', "USAGE"),
            Map.entry('C', "CREATE"), Map.entry('c', "CONNECT"), Map.entry('T', "TEMPORARY"),
            Map.entry('m', "MAINTAIN"), Map.entry('s', "SET"), Map.entry('A', "ALTER SYSTEM"));

    /** Parses the text form of an aclitem[] as the server prints it, e.g. {=r/alice,"bob x"=arw/alice}. */
    public static List<AclItem> parseArray(String text) {
        List<AclItem> out = new ArrayList<>();
        if (text == null || text.length() < 2) {
            return out;
        }
        String body = text.substring(1, text.length() - 1);
        int i = 0;
        while (i < body.length()) {
            StringBuilder item = new StringBuilder();
            if (body.charAt(i) == '"') {
                // array element quoting: backslash escapes the next character
                i++;
                while (body.charAt(i) != '"') {
                    if (body.charAt(i) == '\\') {
                        i++;
                    }
                    item.append(body.charAt(i++));
                }
                i++;
            } else {
                while (i < body.length() && body.charAt(i) != ',') {
                    item.append(body.charAt(i++));
                }
            }
            out.add(parse(item.toString()));
            i++; // the comma
        }
        return out;
    }

    /** Parses one aclitem, e.g. "bob x"=arw*\/alice (role names double-quoted where needed). */
    static AclItem parse(String s) {
        int[] pos = {0};
        String grantee = readName(s, pos, '=');
        pos[0]++; // '='
        StringBuilder privs = new StringBuilder();
        StringBuilder grantable = new StringBuilder();
        while (s.charAt(pos[0]) != '/') {
            char c = s.charAt(pos[0]++);
            if (c == '*') {
                grantable.append(privs.charAt(privs.length() - 1));
            } else {
                privs.append(c);
            }
        }
        pos[0]++; // '/'
        String grantor = readName(s, pos, '\0');
        return new AclItem(grantee, privs.toString(), grantable.toString(), grantor);
    }

    private static String readName(String s, int[] pos, char stop) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]);
            if (c == '"') {
                if (quoted && pos[0] + 1 < s.length() && s.charAt(pos[0] + 1) == '"') {
                    out.append('"');
                    pos[0] += 2;
                    continue;
                }
                quoted = !quoted;
                pos[0]++;
                continue;
            }
            if (!quoted && c == stop) {
                break;
            }
            out.append(c);
            pos[0]++;
        }
        return out.toString();
    }

    public static String privilegeName(char letter) {
        String name = NAMES.get(letter);
        if (name == null) {
            throw new IllegalArgumentException("unknown privilege letter '" + letter + "'");
        }
        return name;
    }
}
