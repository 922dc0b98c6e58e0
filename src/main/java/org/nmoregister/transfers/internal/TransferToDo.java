package org.nmoregister.transfers.internal;

import java.util.List;
import org.nmoregister.platform.web.ToDoSource;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The point of contact's count of cases other forces ask the force to take over, waiting for a decision. */
@Component
@Order(70)
class TransferToDo implements ToDoSource {

    private final Transfers transfers;
    private final CurrentUsers currentUsers;

    TransferToDo(Transfers transfers, CurrentUsers currentUsers) {
        this.transfers = transfers;
        this.currentUsers = currentUsers;
    }

    @Override
    public List<ToDo> toDo() {
        if (!currentUsers.require().hasAny(Role.POINT_OF_CONTACT)) {
            return List.of();
        }
        return List.of(new ToDo("Transfers", transfers.waitingCount(), "case offered by another force",
                "cases offered by other forces", "/transfers", false));
    }
}
