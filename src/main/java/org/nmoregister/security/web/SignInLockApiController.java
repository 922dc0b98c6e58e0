package org.nmoregister.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.nmoregister.security.Authorities;
import org.nmoregister.security.SignInUnlocked;
import org.nmoregister.security.internal.SignInLocks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see the sign-in locks in force and lift one, with a reason that goes in the access log. */
@RestController
@Tag(name = "Sign-in locks", description = "Accounts and addresses locked after repeated failed sign-ins")
class SignInLockApiController {

    record UnlockRequest(String account, String address, String reason) {
    }

    private final SignInLocks locks;

    SignInLockApiController(SignInLocks locks) {
        this.locks = locks;
    }

    @GetMapping("/api/v1/sign-in-locks")
    @PreAuthorize(Authorities.ACCOUNT_ADMINISTRATORS)
    @Operation(summary = "Locks in force on the force's accounts and on client addresses")
    List<SignInLocks.Lock> locks() {
        return locks.locks();
    }

    @PostMapping("/api/v1/sign-in-locks/unlock")
    @PreAuthorize(Authorities.ACCOUNT_ADMINISTRATORS)
    @Operation(summary = "Lift the lock on an account of your force or on an address (written to the access log)")
    SignInUnlocked unlock(@RequestBody UnlockRequest request) {
        return locks.unlock(request.account(), request.address(), request.reason());
    }
}

