package org.nmoregister.safeguarding.internal;

import java.util.Optional;
import java.util.UUID;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.Role;

/**
 * Which safeguarding tasks a user works on. The force's safeguarding unit, supervisors and the point of contact see
 * all the force's tasks; a neighbourhood officer sees only the briefings to their own district (none until an
 * administrator puts them in one), because an order concerns them only where they police.
 */
public final class TaskScope {

    /** A district no task is in: what an officer in no district is limited to. */
    static final UUID NO_DISTRICT = new UUID(0, 0);

    private TaskScope() {
    }

    /** The one district the user is limited to, or empty when they see the whole force's tasks. */
    public static Optional<UUID> districtOf(CurrentUser user, Districts districts) {
        if (!user.has(Role.NEIGHBOURHOOD) || user.hasAny(Role.SAFEGUARDING, Role.SUPERVISOR, Role.POINT_OF_CONTACT)) {
            return Optional.empty();
        }
        return Optional.of(districts.officersDistrict(user.username()).orElse(NO_DISTRICT));
    }

    static boolean mayWorkOn(TaskEntity task, CurrentUser user, Districts districts) {
        Optional<UUID> limited = districtOf(user, districts);
        return limited.isEmpty() || (task.kind == org.nmoregister.safeguarding.TaskKind.DISSEMINATION
                && limited.get().equals(task.districtId));
    }
}
