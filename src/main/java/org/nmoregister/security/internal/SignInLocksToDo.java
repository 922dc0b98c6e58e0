package org.nmoregister.security.internal;

import java.util.List;
import org.nmoregister.platform.web.ToDoSource;
import org.nmoregister.security.CurrentUsers;
import org.nmoregister.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An administrator's one count: accounts of their force and addresses locked out of signing in, each someone on duty
 * who may be waiting to be let back in. Counted as the sign-in locks page lists them.
 */
@Component
@Order(60)
class SignInLocksToDo implements ToDoSource {

    private final SignInLocks locks;
    private final CurrentUsers currentUsers;

    SignInLocksToDo(SignInLocks locks, CurrentUsers currentUsers) {
        this.locks = locks;
        this.currentUsers = currentUsers;
    }

    @Override
    public List<ToDo> toDo() {
        if (!currentUsers.require().has(Role.ADMIN)) {
            return List.of();
        }
        return List.of(new ToDo("Accounts", locks.locks().size(), "sign-in lock", "sign-in locks",
                "/sign-in-locks", true));
    }
}
