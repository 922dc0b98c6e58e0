package org.nmoregister.security;

/**
 * An administrator lifted a sign-in lock (published in the unlocking transaction, so the access log records it with
 * who and when).
 *
 * @param subject "account:<user name>" or "address:<client address>"
 * @param reason  why the administrator unlocked it
 * @param wasLockedUntil when the lock would have ended, as text, or "not locked" if only failures were cleared
 */
public record SignInUnlocked(String subject, String reason, String wasLockedUntil) {
}
