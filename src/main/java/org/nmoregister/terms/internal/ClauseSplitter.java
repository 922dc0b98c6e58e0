package org.nmoregister.terms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an order's terms into clauses: numbered or lettered paragraphs ("1.", "(1)", "1)", "a)", "(a)", "(iv)"),
 * then sentences, then "; and" lists. A lead-in such as "The respondent must not, whether by himself or by
 * instructing any other person:" is a stem: it is not a clause of its own, and the items under it inherit it.
 */
final class ClauseSplitter {

    /** A piece of text to read as one clause, and the stem it sits under (or ""). */
    record Piece(String text, String stem) {
    }

    static final Pattern LINE_MARKER = Pattern.compile(
            "^\\s*(?:\\d{1,3}(?:\\.\\d{1,2})+[.)]?|\\(?\\d{1,3}[.)]|\\(?[a-zA-Z][.)]|\\([a-zA-Z]\\)|\\(?(?:i|ii|iii|iv|v|vi|vii|viii|"
                    + "ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)[.)]|\\(?(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII"
                    + "|XVIII|XIX|XX)[.)]|paragraph \\d+[.:)]?|clause \\d+[.:)]?)\\s+");
    private static final Pattern INLINE_MARKER = Pattern.compile(
            "(?<=[;:.,])\\s+(?:and\\s+|or\\s+)?(?:\\(\\d{1,3}\\)|\\d{1,3}[.)]|\\([a-z]\\)|[a-z]\\)|\\((?:i|ii|iii|iv|v|vi|"
                    + "vii|viii|ix|x)\\))\\s+(?=\\S)");
    private static final Pattern NEW_CLAUSE_START = Pattern.compile(
            "^(?:and\\s+|or\\s+|also\\s+)?(?:(?:the respondent|he|she|they|respondent)\\b[^;]{0,60}?\\b(?:must|shall|"
                    + "will|is|are|may)\\b|(?:must|shall|will) not\\b|not to\\b|no\\b|this order|nothing in|"
                    + "(?:use|threaten|intimidate|harass|pester|telephone|phone|call|ring|text|email|e-mail|message|"
                    + "write|contact|communicate|damage|destroy|go|enter|come|approach|publish|post|send|attend|"
                    + "follow|watch|stalk|molest|attempt|remain|loiter|visit|share|display|upload|disclose|be|make|"
                    + "cause|keep|stay|tag|assault|harm|hurt|return|travel|interfere|monitor|track)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAIL_START = Pattern.compile(
            "^(?:and\\s+|or\\s+)?(?:(?:he|she|they|the respondent)\\s+)?(?:(?:must|shall|will) not\\s+|not\\s+)?"
                    + "(?:instruct|encourag|in any way suggest|whether by|cause or permit|procur|incit)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STEM = Pattern.compile(
            "^(?:.{0,120}?\\b(?:must not|shall not|will not|is forbidden (?:to|from)|is prohibited from|is "
                    + "restrained from|undertakes? not to|promises? not to|agrees? not to|not to|orders? that|ordered "
                    + "that|it is ordered|the court orders|the respondent|he|she|they|respondent)\\b[^:]{0,200})$",
            Pattern.CASE_INSENSITIVE);

    private ClauseSplitter() {
    }

    static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        String stem = "";
        for (String paragraph : paragraphs(text)) {
            for (String sentence : sentences(paragraph)) {
                // a lead-in ending in ':' (possibly with its first item after it on the same line)
                int colon = sentence.indexOf(':');
                if (colon >= 0) {
                    String before = sentence.substring(0, colon).strip();
                    String after = sentence.substring(colon + 1).strip();
                    if (isStem(before)) {
                        stem = before;
                        if (after.isEmpty()) {
                            continue;
                        }
                        sentence = after;
                    }
                }
                for (String item : items(sentence)) {
                    if (item.isBlank()) {
                        continue;
                    }
                    List<String> parts = conjoined(item.strip());
                    Matcher tail = Lexicon.OTHERS_TAIL.matcher(parts.get(parts.size() - 1).toLowerCase(Locale.ROOT));
                    String inherited = parts.size() > 1 && tail.find() ? tail.group().strip() : "";
                    for (int p = 0; p < parts.size(); p++) {
                        String partStem = p < parts.size() - 1 && !inherited.isEmpty()
                                ? (stem + " " + inherited).strip() : stem;
                        pieces.add(new Piece(parts.get(p), partStem));
                    }
                }
            }
        }
        return bounded(pieces);
    }

    /** Longer than any real clause: such a piece is cut at spaces, so that reading it stays fast. Nothing is lost. */
    static final int MAX_PIECE = 1_500;

    private static List<Piece> bounded(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece piece : pieces) {
            String text = piece.text();
            String stem = piece.stem(); // never long: the STEM pattern and the third-party tail are both bounded
            while (text.length() > MAX_PIECE) {
                int cut = text.lastIndexOf(' ', MAX_PIECE);
                if (cut < MAX_PIECE / 2) {
                    cut = MAX_PIECE;
                }
                out.add(new Piece(text.substring(0, cut).strip(), stem));
                text = text.substring(cut).strip();
            }
            if (!text.isEmpty()) {
                out.add(new Piece(text, stem));
            }
        }
        return out;
    }

    private static boolean isStem(String before) {
        if (before.isEmpty()) {
            return true;
        }
        if (!STEM.matcher(before).matches()) {
            return false;
        }
        // a stem forbids nothing yet: no act follows its "must not"
        String lower = before.toLowerCase(Locale.ROOT);
        Matcher prohibition = Lexicon.PROHIBITION.matcher(lower);
        String rest = prohibition.find() ? lower.substring(prohibition.end()) : lower;
        rest = Lexicon.OTHERS_TAIL.matcher(rest).replaceAll(" ");
        for (Lexicon.Rule<?> rule : Lexicon.ACTS) {
            Matcher act = rule.pattern().matcher(rest);
            if (act.find() && !rest.substring(act.start()).matches("(?s).*\\b(do so|other person)\\b.*")) {
                return false;
            }
        }
        return true;
    }

    /** Paragraphs: marked lines start one; wrapped lines join the one before; blank lines end one. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String rawLine : text.split("\n", -1)) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                flush(paragraphs, current);
                continue;
            }
            Matcher marker = LINE_MARKER.matcher(line);
            boolean marked = marker.find() && marker.end() < line.length();
            if (marked) {
                flush(paragraphs, current);
                line = line.substring(marker.end()).strip();
            } else if (current.length() > 0) {
                String sofar = current.toString();
                // a term typed in capitals runs on over its lines: a line of capitals is a heading only after
                // text that is not itself capitals still running on
                boolean ended = ".;:!?".indexOf(sofar.charAt(sofar.length() - 1)) >= 0 || isHeading(sofar)
                        || isHeading(line) && sofar.chars().anyMatch(Character::isLowerCase);
                if (ended) {
                    flush(paragraphs, current);
                }
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
        }
        flush(paragraphs, current);
        return paragraphs;
    }

    private static boolean isHeading(String line) {
        return line.length() <= 80 && !line.chars().anyMatch(Character::isLowerCase)
                && !line.toUpperCase(Locale.ROOT).contains("MUST NOT") && line.split("\\s+").length <= 10;
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    /** Sentences: a full stop, ! or ? followed by a capital, unless it ends an abbreviation or an initial. */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 2 < paragraph.length() && paragraph.charAt(i + 1) == ' ') {
                int next = i + 2;
                while (next < paragraph.length() && "\"'(".indexOf(paragraph.charAt(next)) >= 0) {
                    next++;
                }
                if (next >= paragraph.length()) {
                    continue;
                }
                int item = Character.isDigit(paragraph.charAt(next)) ? numberedItemEnd(paragraph, next) : -1;
                if (item > 0 || Character.isUpperCase(paragraph.charAt(next))) {
                    if (c == '.' && endsAbbreviation(paragraph, i)) {
                        continue;
                    }
                    sentences.add(paragraph.substring(start, i + 1).strip());
                    // "... her. 2. The respondent ...": the court's number starts the next term and is not one itself
                    start = item > 0 ? item : i + 1;
                    i = start - 1;
                }
            }
        }
        sentences.add(paragraph.substring(start).strip());
        sentences.removeIf(String::isBlank);
        return sentences;
    }

    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\d{1,3}[.)]\\s");

    /** Where the text after an item number ("2. ", "12) ") starting at {@code at} begins, or -1 if none starts there. */
    private static int numberedItemEnd(String text, int at) {
        Matcher m = NUMBERED_ITEM.matcher(text);
        m.region(at, Math.min(text.length(), at + 6));
        return m.lookingAt() ? m.end() : -1;
    }

    private static boolean endsAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        return Lexicon.ABBREVIATIONS.contains(word);
    }

    private static final Pattern AND_MUST_NOT = Pattern.compile("(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?:(?:he|she|they|the respondent)\\s+)?"
            + "(?:must|shall|will) not\\s+(?!instruct|encourag|in any way|cause or permit|procur|incit|do so)",
            Pattern.CASE_INSENSITIVE);

    /** "must not use violence and must not pester her" is two prohibitions; the third-party tail stays whole. */
    static List<String> conjoined(String item) {
        List<String> parts = new ArrayList<>();
        Matcher m = AND_MUST_NOT.matcher(item);
        int start = 0;
        while (m.find()) {
            String before = item.substring(start, m.start()).strip();
            if (!before.isEmpty() && Lexicon.PROHIBITION.matcher(before.toLowerCase(Locale.ROOT)).find()) {
                parts.add(before);
                start = m.start() + (item.charAt(m.start()) == ',' ? 1 : 0);
            }
        }
        parts.add(item.substring(start).strip());
        return parts;
    }

    /** Items of a list: inline markers "(a)", "2." and semicolons, keeping tails and carve-outs with their item. */
    static List<String> items(String sentence) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        Matcher inline = INLINE_MARKER.matcher(sentence);
        List<int[]> cuts = new ArrayList<>();
        while (inline.find()) {
            cuts.add(new int[] {inline.start(), inline.end()});
        }
        for (int[] cut : cuts) {
            parts.add(sentence.substring(start, cut[0]));
            start = cut[1];
        }
        parts.add(sentence.substring(start));
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            List<String> bySemicolon = new ArrayList<>();
            for (String chunk : part.split(";")) {
                String c = chunk.strip();
                if (c.isEmpty()) {
                    continue;
                }
                if (!bySemicolon.isEmpty() && (TAIL_START.matcher(c).find() || !NEW_CLAUSE_START.matcher(c).find())) {
                    int last = bySemicolon.size() - 1;
                    bySemicolon.set(last, bySemicolon.get(last) + "; " + c);
                } else {
                    bySemicolon.add(c);
                }
            }
            items.addAll(bySemicolon);
        }
        // a piece that is only a tail or a stray fragment belongs to the item before it
        List<String> merged = new ArrayList<>();
        for (String item : items) {
            String i = item.strip();
            if (!merged.isEmpty() && TAIL_START.matcher(i).find()) {
                int last = merged.size() - 1;
                merged.set(last, merged.get(last) + " " + i);
            } else {
                merged.add(i);
            }
        }
        return merged;
    }
}
