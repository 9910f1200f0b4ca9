package io.pgjdump.catalog;

import java.util.List;

/** The ordered DDL of a dump: what goes before the rows and what goes after them. */
public record DdlPlan(List<DdlItem> preData, List<DdlItem> postData, List<String> warnings) {

    public DdlPlan {
        preData = List.copyOf(preData);
        postData = List.copyOf(postData);
        warnings = List.copyOf(warnings);
    }
}
