package io.pgjdump.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The template every reader uses: run one catalog query, map each row, and name the object kind
 * (and, once known, the object) in any failure.
 */
public final class CatalogQuery {

    /** Maps the current row; may return null to skip it. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private CatalogQuery() {
    }

    public static <T> List<T> list(Connection conn, String what, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    T row = mapper.map(rs);
                    if (row != null) {
                        out.add(row);
                    }
                }
            }
        } catch (CatalogException e) {
            throw e;
        } catch (SQLException e) {
            throw new CatalogException("reading " + what, e);
        }
        return out;
    }

    /** Reads a text[] column as a list; null becomes an empty list. */
    public static List<String> textArray(ResultSet rs, String column) throws SQLException {
        java.sql.Array a = rs.getArray(column);
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(v == null ? null : v.toString());
        }
        return List.copyOf(out);
    }
}
