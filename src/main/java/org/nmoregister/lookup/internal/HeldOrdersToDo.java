package org.nmoregister.lookup.internal;

import java.util.List;
import org.nmoregister.platform.web.ToDoSource;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The control room's one count: orders the force holds, in force or waiting for service, that it has not yet checked.
 * A call-handler treats them as in force; knowing how many there are tells the shift how far the point of contact's
 * checking is behind.
 */
@Component
@Order(40)
class HeldOrdersToDo implements ToDoSource {

    private final LookupService lookup;
    private final CurrentUsers currentUsers;

    HeldOrdersToDo(LookupService lookup, CurrentUsers currentUsers) {
        this.lookup = lookup;
        this.currentUsers = currentUsers;
    }

    @Override
    public List<ToDo> toDo() {
        if (!currentUsers.require().has(Role.CONTROL_ROOM)) {
            return List.of();
        }
        var count = lookup.heldNotCheckedCount();
        if (count.isEmpty()) {
            // while the lookup loads, its list refuses to answer too (503): no link to it, no number
            return List.of(ToDo.notKnownYet("Orders the force holds", "order held, not yet checked",
                    "orders held, not yet checked", "/lookup/held",
                    "the lookup is still loading the register after a restart; look again in a minute"));
        }
        return List.of(new ToDo("Orders the force holds", count.getAsLong(), "order held, not yet checked",
                "orders held, not yet checked", "/lookup/held", false));
    }
}
