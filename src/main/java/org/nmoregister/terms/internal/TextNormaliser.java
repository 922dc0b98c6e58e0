package org.nmoregister.terms.internal;

import java.text.Normalizer;

/**
 * Makes pasted wording safe and regular before it is read: word processors and PDFs bring smart quotes, dashes,
 * non-breaking and zero-width spaces, direction marks and control characters that would otherwise break the rules.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    public static String normalise(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                // an emoji or a broken pair: a space for each half, which the collapsing below makes one
                out.append(' ');
                continue;
            }
            switch (c) {
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out.append('\n');
                }
                case '\n' -> out.append('\n');
                case '\t', '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000', '\u000B', '\u000C', '\u0085',
                     '\u2028', '\u2029', '\uFFFD' -> out.append(c == '\u2028' || c == '\u2029' || c == '\u0085'
                        ? '\n' : ' ');
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2043' -> out.append('-');
                case '\u2026' -> out.append("...");
                case '\u2022', '\u25CF', '\u25AA', '\u2023', '\u00B7' -> out.append('\n');
                default -> {
                    if (isInvisible(c)) {
                        continue;
                    }
                    if (Character.isISOControl(c) || Character.isSpaceChar(c)) {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        // collapse runs of spaces; trim each line; at most one blank line between paragraphs
        String collapsed = out.toString().replaceAll("[ ]{2,}", " ").replaceAll(" *\n *", "\n")
                .replaceAll("\n{3,}", "\n\n");
        return collapsed.strip();
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2069')
                || c == '\uFEFF' || c == '\u00AD' || c == '\u061C' || c == '\u180E';
    }
}
