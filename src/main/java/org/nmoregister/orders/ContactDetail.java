package org.nmoregister.orders;

/** A telephone number, e-mail address or social-media handle; {@code confidential} is the C8 marker. */
public record ContactDetail(Kind kind, String value, boolean confidential) {

    public enum Kind { PHONE, EMAIL, SOCIAL_MEDIA, OTHER }
}
