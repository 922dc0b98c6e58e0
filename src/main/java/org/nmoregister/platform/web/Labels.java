package org.nmoregister.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The one place a code (an enum constant such as {@code PENDING_QA}, a finding such as
 * {@code PROXIMITY_WITHOUT_DISTANCE}, a parser's {@code street_or_area}) becomes words for a person, so no page shows a
 * developer's identifier. The words are in {@code labels.properties}: a key is the code, or the enum's simple name and
 * the code ({@code Severity.ERROR}) where the same code means different things; a code not listed there is written
 * out as a sentence-case phrase ("Other weapons"), so a new constant never reaches a page as it is written in code.
 * Available in templates as {@code @labels}.
 */
@Component("labels")
public class Labels {

    /**
     * A code inside free text: two or more words joined by underscores, in capitals or small letters, or one word of
     * four or more capital letters ("reported by VICTIM") that is not one of the abbreviations below.
     */
    private static final Pattern CODE = Pattern.compile(
            "\\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z]{4,})\\b");

    /** Words in capitals that people on duty read as words: abbreviations and the protective marking. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("DASH", "DAPO", "DAPN", "DVPN", "DVPO", "FMPO",
            "UPRN", "MARAC", "HMCTS", "NPCC", "IDVA", "ISVA", "OFFICIAL", "SENSITIVE", "NICHE", "ONSPD", "ACPO", "MAPPA");

    private final Properties words = new Properties();

    public Labels() {
        try (InputStream in = Labels.class.getResourceAsStream("/labels.properties")) {
            if (in != null) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("labels.properties cannot be read", e);
        }
    }

    /** The label of a code, starting with a capital letter, as a tag, a heading or a list item shows it. */
    public String of(Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString().strip();
        if (name.isEmpty()) {
            return "";
        }
        String key = name.toUpperCase(Locale.ROOT);
        String word = null;
        if (code instanceof Enum<?> e) {
            word = words.getProperty(e.getDeclaringClass().getSimpleName() + "." + key);
            if (word == null) {
                word = ownLabel(e);
            }
        }
        if (word == null) {
            word = words.getProperty(key);
        }
        if (word != null) {
            return word;
        }
        String text = key.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A piece of text that names codes: either words, or a code to type as it is. */
    public record Part(String text, boolean literal) {
    }

    /**
     * Text naming codes a person must type as they are (an import file's column values), cut into words and codes so
     * the page can mark each code as {@code <code>}: something to type, not the page's words.
     */
    public java.util.List<Part> literals(String text) {
        java.util.List<Part> parts = new java.util.ArrayList<>();
        if (text == null) {
            return parts;
        }
        Matcher m = Pattern.compile("\\b([A-Z]{3,}[A-Z0-9]*(?:_[A-Z0-9]+)*|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)\\b")
                .matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), false));
            }
            parts.add(new Part(m.group(1), true));
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return parts;
    }

    /** The words an enum keeps for itself ({@code OrderType.label()}), if it has them. */
    private static String ownLabel(Enum<?> code) {
        try {
            var method = code.getDeclaringClass().getMethod("label");
            return method.getReturnType() == String.class ? (String) method.invoke(code) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The label as it reads inside a sentence ("reported by the victim"): small first letter unless an acronym. */
    public String lower(Object code) {
        String label = of(code);
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label; // "NMO", "DASH assessment"
        }
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** A label for each of several codes, joined with commas. */
    public String all(Iterable<?> codes) {
        if (codes == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Object code : codes) {
            out.append(out.isEmpty() ? of(code) : ", " + lower(code));
        }
        return out.toString();
    }

    /** A label for each of several codes, all as they read inside a sentence ("exact name, same date of birth"). */
    public String inSentence(Iterable<?> codes) {
        if (codes == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Object code : codes) {
            out.append(out.isEmpty() ? "" : ", ").append(lower(code));
        }
        return out.toString();
    }

    /**
     * Free text written by the register (an access-log entry's detail, a reason) with each code in it replaced by its
     * label, so a sentence such as "reported by PARTNER_AGENCY" reads "reported by partner agency".
     */
    public String text(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = m.group(1);
            // one capitalised word in a sentence is the word itself ("an ERROR finding" is "an error finding");
            // a joined-up code has its label
            String words = ABBREVIATIONS.contains(code) ? code
                    : !code.contains("_") && code.equals(code.toUpperCase(Locale.ROOT))
                    ? (m.start() == 0 ? code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT)
                            : code.toLowerCase(Locale.ROOT))
                    : m.start() == 0 ? of(code) : lower(code);
            m.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        m.appendTail(out);
        return out.toString();
    }
}
