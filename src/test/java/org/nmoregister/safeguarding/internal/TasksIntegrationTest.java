package org.nmoregister.safeguarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.safeguarding.TaskStatus;
import org.nmoregister.security.ForceDirectory;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task is made once whatever makes it (a retried listener, two instances at once), is closed once, and each step is
 * in its history; another force's task is not found.
 */
@IntegrationTest
class TasksIntegrationTest {

    @Autowired
    Tasks tasks;
    @Autowired
    ForceDirectory forces;

    @Test
    void theSameTaskMadeTwiceAndAtOnceIsOneTask() {
        UUID force = forces.byCode("northshire").orElseThrow().id();
        UUID order = UUID.randomUUID();
        NewTask task = new NewTask(force, order, 1, TaskKind.VICTIM_CONTACT, "v1:person-1", null, "A Person",
                Instant.now().plus(72, ChronoUnit.HOURS));

        Tasks.Opened first = tasks.open(task);
        Tasks.Opened again = tasks.open(task);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());

        NewTask other = new NewTask(force, order, 2, TaskKind.VICTIM_CONTACT, "v2:person-1", null, "A Person",
                Instant.now().plus(72, ChronoUnit.HOURS));
        var racing = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> tasks.open(other))).toList();
        long made = racing.stream().map(CompletableFuture::join).filter(Tasks.Opened::created).count();
        assertThat(made).isEqualTo(1);
        assertThat(tasks.outstandingFor(order, TaskKind.VICTIM_CONTACT)).hasSize(2);
        assertThat(tasks.historyOf(first.id())).extracting(h -> h.action).containsExactly(TaskAction.CREATED);
    }

    @Test
    void aTaskIsClosedOnceEscalatedOnlyWhileOpenAndHiddenFromOtherForces() {
        UUID force = forces.byCode("northshire").orElseThrow().id();
        UUID otherForce = forces.byCode("southvale").orElseThrow().id();
        UUID order = UUID.randomUUID();
        UUID id = tasks.open(new NewTask(force, order, 1, TaskKind.DISSEMINATION, "v1:north", null, null,
                Instant.now().minus(1, ChronoUnit.HOURS))).id();

        assertThatThrownBy(() -> tasks.get(id, otherForce)).isInstanceOf(NotFoundException.class);
        assertThat(tasks.escalate(id)).isTrue();
        assertThat(tasks.escalate(id)).isFalse();
        assertThat(tasks.get(id, force).status).isEqualTo(TaskStatus.ESCALATED);

        tasks.close(id, force, "safeguarding.northshire", TaskStatus.DONE, "Acknowledged by PC Ellis");
        assertThatThrownBy(() -> tasks.close(id, force, "safeguarding.northshire", TaskStatus.CANCELLED, "again"))
                .isInstanceOf(ConflictException.class);
        assertThat(tasks.escalate(id)).isFalse();
        TaskEntity done = tasks.get(id, force);
        assertThat(done.status).isEqualTo(TaskStatus.DONE);
        assertThat(done.closedBy).isEqualTo("safeguarding.northshire");
        assertThat(tasks.historyOf(id)).extracting(h -> h.action)
                .containsExactly(TaskAction.CREATED, TaskAction.ESCALATED, TaskAction.DONE);
    }
}
