package org.nmoregister.platform.web;

import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Turns a code (an enum constant such as {@code NOT_SERVED_OR_AWARE}) into words for a page ("Not served or aware"),
 * so templates never show a developer's identifier. Available in templates as {@code @labels}.
 */
@Component("labels")
public class Labels {

    public String of(Object code) {
        if (code == null) {
            return "";
        }
        String text = (code instanceof Enum<?> e ? e.name() : code.toString()).replace('_', ' ')
                .toLowerCase(Locale.ROOT);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
