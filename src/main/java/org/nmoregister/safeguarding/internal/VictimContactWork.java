package org.nmoregister.safeguarding.internal;

import org.nmoregister.safeguarding.TaskKind;
import org.nmoregister.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Victim contact's work: done on the contact page; the task API carries its script (never the safe details). */
@Component
class VictimContactWork implements TaskWork {

    private final VictimContacts contacts;

    VictimContactWork(VictimContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public TaskKind kind() {
        return TaskKind.VICTIM_CONTACT;
    }

    @Override
    public String workPage(TaskEntity task) {
        return "/safeguarding/contacts/" + task.id;
    }

    @Override
    public Object detail(TaskEntity task, CurrentUser user) {
        return contacts.detail(task.id);
    }
}
