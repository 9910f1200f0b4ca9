package io.pgjdump.dump.profile;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.catalog.table.Table;

import java.util.List;

/**
 * What a profile dump writes, part by part.
 *
 * @param platformRows      tables of platform schemas whose rows are dumped (part 1)
 * @param platformSequences sequence positions of those schemas (part 1)
 * @param userRows          tables of user schemas whose rows are dumped (part 2; their DDL is the catalog's plan)
 * @param userSequences     sequence positions of user schemas (part 2)
 * @param customisations    DDL on platform objects made by the user (part 3)
 * @param decisions         everything decided, for --dry-run and the header
 */
public record ProfilePlan(List<Table> platformRows, List<Sequence> platformSequences, List<Table> userRows,
                          List<Sequence> userSequences, List<DdlItem> customisations, List<Decision> decisions) {

    public ProfilePlan {
        platformRows = List.copyOf(platformRows);
        platformSequences = List.copyOf(platformSequences);
        userRows = List.copyOf(userRows);
        userSequences = List.copyOf(userSequences);
        customisations = List.copyOf(customisations);
        decisions = List.copyOf(decisions);
    }
}
