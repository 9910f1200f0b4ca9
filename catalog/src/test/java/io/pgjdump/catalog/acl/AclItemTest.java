package io.pgjdump.catalog.acl;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AclItemTest {

    @Test
    void parsesPublicQuotedRolesAndGrantOptions() {
        // exactly what the server prints for roles named alice, bob "x", carol and Al Ice
        String text = """
                {=r/alice,"\\"bob \\"\\"x\\"\\"\\"=ar*w/alice","carol=arwdDxt/\\"Al Ice\\""}""";
        List<AclItem> items = AclItem.parseArray(text);
        assertEquals(new AclItem("", "r", "", "alice"), items.get(0));
        assertEquals(new AclItem("bob \"x\"", "arw", "r", "alice"), items.get(1));
        assertEquals(new AclItem("carol", "arwdDxt", "", "Al Ice"), items.get(2));
    }
}
