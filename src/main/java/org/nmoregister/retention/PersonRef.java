package org.nmoregister.retention;

import java.time.LocalDate;

/** A person a subject access request is about: the name they gave, and their date of birth when known. */
public record PersonRef(String name, LocalDate dateOfBirth) {
}
