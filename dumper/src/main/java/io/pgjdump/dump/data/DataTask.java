package io.pgjdump.dump.data;

import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.table.Column;
import io.pgjdump.catalog.table.Table;

import java.util.stream.Collectors;

/**
 * One unit of COPY work: a whole table, or a range of its heap pages when the table is split so
 * that several workers can read it at once. {@code order} is its place in the file.
 *
 * @param firstPage first heap page of the range (inclusive), or -1 for the whole table
 * @param endPage   end of the range (exclusive), or -1 for "to the end of the table"
 */
public record DataTask(int order, Table table, long firstPage, long endPage, int part, int parts) {

    public static DataTask whole(int order, Table table) {
        return new DataTask(order, table, -1, -1, 0, 1);
    }

    public boolean isRange() {
        return firstPage >= 0;
    }

    /** "public.orders" or "public.orders (part 2/8)", for messages. */
    public String describe() {
        String name = table.schema() + "." + table.name();
        return parts == 1 ? name : name + " (part " + (part + 1) + "/" + parts + ")";
    }

    /** The column list both COPY statements use: generated columns are left out. */
    public String columnList() {
        return table.copyColumns().stream().map(Column::name).map(Quote::ident).collect(Collectors.joining(", "));
    }

    /** The statement that reads this task's rows. */
    public String copyOutSql() {
        String qname = Quote.qualified(table.schema(), table.name());
        String cols = columnList();
        if (!isRange()) {
            return "COPY " + qname + " (" + cols + ") TO STDOUT";
        }
        StringBuilder where = new StringBuilder(" WHERE ctid >= '(" + firstPage + ",0)'::pg_catalog.tid");
        if (endPage >= 0) {
            where.append(" AND ctid < '(").append(endPage).append(",0)'::pg_catalog.tid");
        }
        return "COPY (SELECT " + cols + " FROM ONLY " + qname + where + ") TO STDOUT";
    }

    /** The statement that starts this task's blocks in the script. */
    public String copyInHeader() {
        String cols = columnList();
        return "COPY " + Quote.qualified(table.schema(), table.name()) + " (" + cols + ") FROM stdin;\n";
    }
}
