package io.pgjdump.dump.profile;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.catalog.table.Table;

import java.util.List;
import java.util.Set;

/**
 * What a profile dump writes, part by part.
 *
 * @param platformRows      tables of platform schemas whose rows are dumped (part 1)
 * @param platformSequences sequence positions of those schemas (part 1)
 * @param userRows          tables of user schemas whose rows are dumped (part 2; their DDL is the catalog's plan)
 * @param userSequences     sequence positions of user schemas (part 2)
 * @param customisations    DDL on platform objects made by the user (part 3)
 * @param privilegeReset    SQL run after the user-schema DDL that makes privileges exactly the source's
 * @param leaveOut          catalog rows whose items the user-schema DDL must not carry (the platform's own)
 * @param decisions         everything decided, for --dry-run and the header
 */
public record ProfilePlan(List<Table> platformRows, List<Sequence> platformSequences, List<Table> userRows,
                          List<Sequence> userSequences, List<DdlItem> customisations, String privilegeReset,
                          Set<ObjectKey> leaveOut,
                          List<Decision> decisions) {

    public ProfilePlan {
        platformRows = List.copyOf(platformRows);
        platformSequences = List.copyOf(platformSequences);
        userRows = List.copyOf(userRows);
        userSequences = List.copyOf(userSequences);
        customisations = List.copyOf(customisations);
        leaveOut = Set.copyOf(leaveOut);
        decisions = List.copyOf(decisions);
    }

    /** Whether an item of the catalog's plan belongs in the dump. */
    public boolean keeps(DdlItem item) {
        return item.provides().stream().noneMatch(leaveOut::contains);
    }
}
