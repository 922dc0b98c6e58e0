package org.nmoregister.sentencing;

/** The most a court may impose for the offence: on indictment (Crown Court) and on summary conviction. */
public record StatutoryMaximum(Sentence onIndictment, Sentence summary) {
}
