package org.nmoregister.audit.internal;

import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.security.SignInUnlocked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An administrator's unlock of a sign-in lock is a change to who can sign in: it goes in the access log. */
@Component
class SignInUnlockLog {

    private final AccessLog accessLog;

    SignInUnlockLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
    void on(SignInUnlocked unlocked) {
        accessLog.record(AccessAction.CHANGE, "sign-in", unlocked.subject(), unlocked.reason(),
                "Sign-in lock lifted (was locked until " + unlocked.wasLockedUntil() + ")");
    }
}
