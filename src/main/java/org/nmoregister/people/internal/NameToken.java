package org.nmoregister.people.internal;

/**
 * One word of a normalised name.
 *
 * @param surname part of the surname
 * @param part    one half of a hyphenated or double-barrelled surname
 * @param joined  the halves (or particle and surname) run together, so "Smithjones" and "Alrashid" still match; not
 *                a word of its own when counting what was and was not matched
 */
public record NameToken(String text, boolean surname, boolean part, boolean joined) {
}
