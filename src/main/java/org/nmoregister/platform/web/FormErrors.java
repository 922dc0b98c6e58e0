package org.nmoregister.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.nmoregister.platform.InvalidRequestException.FieldError;
import org.springframework.stereotype.Component;

/**
 * The one standard for a form's errors (GOV.UK "error summary" and "error message" patterns): the page title starts
 * with "Error: ", a summary at the top links to each field by the id of its input, and the message beside the field
 * is plain English, never a field path ({@code incidents[0].occurredAt}) or a list of codes. Forms put their
 * {@link FieldError}s in the model as {@code errors}; templates use the {@code errorSummary} and {@code fieldError}
 * fragments, which call this as {@code @formErrors}.
 */
@Component("formErrors")
public class FormErrors {

    /** A list of allowed codes appended to a message: "must be one of [PHONE, TEXT, EMAIL]". */
    private static final Pattern CHOICES = Pattern.compile(
            "\\s*[:(]?\\s*(must be |should be |expected )?(one of|any of|allowed|accepted)( values)?:?\\s*\\[[^]]*]\\)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE_LIST = Pattern.compile("\\[?([A-Z][A-Z0-9_]+, )+[A-Z][A-Z0-9_]+]?");

    private final Labels labels;

    public FormErrors(Labels labels) {
        this.labels = labels;
    }

    /** The page's title, starting "Error: " when the form on it has errors. */
    public String title(Object errors, String title) {
        return any(errors) ? "Error: " + title : title;
    }

    public boolean any(Object errors) {
        return errors instanceof java.util.Collection<?> c ? !c.isEmpty() : errors != null && !"".equals(errors);
    }

    /**
     * The id of the input a field's error belongs to. Forms name an input by its field's path ("servedAt",
     * "override.reason", "answers.q9"), except inside a list, where the input is the item's own field
     * ("incidents[0].occurredAt" and "incidents[0].location.postcode" are the inputs "occurredAt" and "postcode").
     */
    public String id(String field) {
        if (field == null || field.isBlank()) {
            return "main-content";
        }
        if (field.contains("[")) {
            String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d*]", "");
            return last.isEmpty() ? "main-content" : last;
        }
        return field;
    }

    /** The message for an error, in plain English: no field path, no list of codes, no code. */
    public String message(FieldError error) {
        String reason = error.reason() == null ? "" : error.reason().strip();
        String words = CHOICES.matcher(reason).replaceAll("");
        words = CODE_LIST.matcher(words).replaceAll("");
        words = labels.text(words).strip();
        String field = name(error.field());
        if (words.isEmpty() || !words.equals(reason)) {
            if (words.isEmpty() || words.toLowerCase(Locale.ROOT).matches("(is )?(invalid|not valid|not recognised)")) {
                return "Choose " + field.toLowerCase(Locale.ROOT) + " from the list";
            }
        }
        // A reason that is already a sentence ("Enter the date the incident happened") stands alone; a fragment
        // ("is required", "must not be blank") is said of the field.
        if (Character.isUpperCase(words.charAt(0))) {
            return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
        }
        if (words.matches("(?i)(is required|must not be (blank|null|empty)|required|missing)")) {
            return "Enter " + field.toLowerCase(Locale.ROOT);
        }
        // "is not a date and time" is said of the field; "question 9 needs an answer" already names what it is about
        if (words.matches("(is|are|must|should|cannot|can|has|was|does|may|needs|exceeds|size) .*")) {
            return field + " " + words;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The message for the input with this id, or null when it has none. */
    public String forField(Object errors, String id) {
        if (errors instanceof List<?> list) {
            for (Object e : list) {
                if (e instanceof FieldError fe && id(fe.field()).equals(id)) {
                    return message(fe);
                }
            }
        }
        return null;
    }

    public boolean has(Object errors, String id) {
        return forField(errors, id) != null;
    }

    /** A field's name as words: "occurredAt" is "Occurred at", "incidents[0].location.postcode" is "Postcode". */
    static String name(String field) {
        String id = field == null ? "" : field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d*]", "");
        if (id.isEmpty()) {
            return "This";
        }
        String words = id.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
