package org.nmoregister.intake.bulk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nmoregister.orders.Term;

/**
 * Splits a spreadsheet cell holding an order's terms into numbered paragraphs. Spreadsheets hold them as paragraphs
 * separated by a blank line, as " | "-separated text, or as one run of text numbered "1." "2." ...; the court's own
 * numbers are kept when present, and the wording is never changed.
 */
public final class TermSplitter {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,3})[.)]\\s+");
    /** A number starting a paragraph: at the start or after a sentence's end, and followed by words. */
    private static final Pattern NUMBER_MARK = Pattern.compile("(?:^|(?<=[.;:]\\s{1,5}))(\\d{1,3})[.)]\\s+(?=[A-Za-z\"'(])");

    private TermSplitter() {
    }

    public static List<Term> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        String text = cell.replace("\r\n", "\n").replace('\r', '\n').strip();
        List<String> pieces;
        if (text.matches("(?s).*\\s\\|\\s.*")) {
            pieces = List.of(text.split("\\s+\\|\\s+"));
        } else if (text.matches("(?s).*\\n\\s*\\n.*")) {
            pieces = List.of(text.split("\\n\\s*\\n"));
        } else {
            pieces = splitOnNumbers(text);
        }
        List<Term> terms = new ArrayList<>();
        for (String piece : pieces) {
            String paragraph = piece.strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            int number = terms.size() + 1;
            Matcher numbered = LEADING_NUMBER.matcher(paragraph);
            if (numbered.find()) {
                number = Integer.parseInt(numbered.group(1));
                paragraph = paragraph.substring(numbered.end()).strip();
            }
            terms.add(new Term(number, paragraph.replaceAll("\\s*\\n\\s*", " ")));
        }
        return terms;
    }

    /**
     * Splits "1. The respondent ... 2. The respondent ..." at the marks that count up from the first (a spreadsheet
     * may hold terms 3 to 5 only), so that a number inside a term ("within 100 metres", "Flat 2. Mill Court") is
     * not taken for a new paragraph.
     */
    private static List<String> splitOnNumbers(String text) {
        Matcher first = LEADING_NUMBER.matcher(text);
        if (!first.find()) {
            return List.of(text);
        }
        Matcher marks = NUMBER_MARK.matcher(text);
        List<Integer> starts = new ArrayList<>();
        int expected = Integer.parseInt(first.group(1));
        while (marks.find()) {
            if (Integer.parseInt(marks.group(1)) == expected) {
                starts.add(marks.start());
                expected++;
            }
        }
        if (starts.size() < 2) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            pieces.add(text.substring(starts.get(i), end));
        }
        return pieces;
    }
}
