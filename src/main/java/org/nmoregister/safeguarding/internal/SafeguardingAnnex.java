package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * The order's safeguarding tasks on its page and in its API view ({@code safeguarding}): what has been done for the
 * victim and what is still to do. Each names its kind, state, district and due time, not the people.
 */
@Component
class SafeguardingAnnex implements OrderAnnex {

    private final TaskQueries queries;
    private final CurrentUsers currentUsers;

    SafeguardingAnnex(TaskQueries queries, CurrentUsers currentUsers) {
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    /** A task as the order shows it. */
    record AnnexTask(UUID id, TaskKind kind, String kindLabel, TaskStatus status, String statusLabel,
                     int orderVersion, String district, Instant dueAt, boolean overdue, Instant closedAt) {
    }

    @Override
    public String name() {
        return "safeguarding";
    }

    @Override
    public Object describe(OrderSnapshot order) {
        var user = currentUsers.current();
        if (user.isEmpty()) {
            return null;
        }
        Instant now = queries.now();
        List<AnnexTask> tasks = queries.forOrder(user.get(), order.orderId()).stream()
                .map(t -> new AnnexTask(t.id(), t.kind(), t.kind().label(), t.status(), t.status().label(),
                        t.orderVersion(), t.districtName(), t.dueAt(), t.overdueAt(now), t.closedAt()))
                .toList();
        return tasks;
    }
}
