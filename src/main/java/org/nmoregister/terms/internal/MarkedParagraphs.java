package org.nmoregister.terms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.nmoregister.terms.MarkedTerm;

/**
 * The terms of a document cut where the court numbered or lettered them, with the same markers the clause splitter
 * recognises, keeping each term's place in the text so a reader of the document can be shown where it came from.
 * A marked line starts a term; the lines under it continue it until a blank line, a heading or the next marker.
 */
public final class MarkedParagraphs {

    private MarkedParagraphs() {
    }

    public static List<MarkedTerm> in(String text) {
        List<MarkedTerm> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        String marker = null;
        int start = -1;
        int end = -1;
        StringBuilder current = new StringBuilder();
        int lineStart = 0;
        for (String rawLine : text.split("\n", -1)) {
            int lineEnd = lineStart + rawLine.length();
            String line = rawLine.strip();
            Matcher m = ClauseSplitter.LINE_MARKER.matcher(line);
            // the line is stripped and a marker ends in a space, so a marker found has words after it
            boolean marked = m.find();
            // a text layer keeps no blank lines: a capitalised line after a finished sentence starts something new
            // (a marked line always leaves words in the term, so a term begun is never empty)
            boolean finished = marker != null && !marked && !line.isEmpty()
                    && ".;".indexOf(current.charAt(current.length() - 1)) >= 0 && Character.isUpperCase(line.charAt(0));
            boolean blankOrHeading = line.isEmpty() || finished || (!marked && isHeading(line));
            if (marked || blankOrHeading) {
                if (marker != null) {
                    terms.add(new MarkedTerm(marker, current.toString().strip(), start, end));
                    marker = null;
                    current.setLength(0);
                }
            }
            if (marked) {
                marker = m.group().strip();
                start = lineStart + rawLine.indexOf(line.charAt(0));
                current.append(line.substring(m.end()).strip());
                end = lineStart + rawLine.stripTrailing().length();
            } else if (marker != null && !blankOrHeading) {
                current.append(' ').append(line);
                end = lineStart + rawLine.stripTrailing().length();
            }
            lineStart = lineEnd + 1;
        }
        if (marker != null) {
            terms.add(new MarkedTerm(marker, current.toString().strip(), start, end));
        }
        return terms;
    }

    private static boolean isHeading(String line) {
        return line.length() <= 80 && line.chars().noneMatch(Character::isLowerCase)
                && line.chars().anyMatch(Character::isLetter) && line.split("\\s+").length <= 10;
    }
}
