package org.nmoregister.orders;

import jakarta.validation.constraints.Size;

/** A telephone number, e-mail address or social-media handle; {@code confidential} is the C8 marker. */
public record ContactDetail(Kind kind, @Size(max = 320) String value, boolean confidential) {

    public enum Kind { PHONE, EMAIL, SOCIAL_MEDIA, OTHER }
}
