package org.nmoregister.breaches.check;

/** How the conduct reached the protected person. */
public enum ContactChannel {
    IN_PERSON, PHONE, TEXT, EMAIL, SOCIAL_MEDIA, LETTER, VIA_THIRD_PARTY
}
