package org.nmoregister.people.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a name as written or heard into comparable words: no accents or case, apostrophes dropped (O'Brien and
 * OBrien are one name), Mac and Mc spelt alike, the surname marked (the last word, or the words before a comma as in
 * "SMITH, John"), and particles (van, de, al-, bin ...) folded into the surname so that their presence, absence and
 * spacing do not matter.
 */
public final class NameNormaliser {

    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "da", "di",
            "du", "le", "la", "al", "el", "bin", "ibn", "bint", "ben", "st", "ter", "ten", "dos", "das", "abu", "ul");

    private NameNormaliser() {
    }

    /** Lower case ASCII letters, spaces, hyphens and at most one comma. */
    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            switch (c) {
                case 'ł' -> b.append('l');
                case 'ø' -> b.append('o');
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                case 'ß' -> b.append("ss");
                case 'đ', 'ð' -> b.append('d');
                case 'ı' -> b.append('i');
                case 'þ' -> b.append("th");
                case '\'', '’', '‘', '`', '´' -> { }
                case '-', '‐', '–' -> b.append('-');
                case ',' -> b.append(',');
                default -> {
                    if (c >= 'a' && c <= 'z') {
                        b.append(c);
                    } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                        // accents fall away after NFD
                    } else {
                        b.append(' ');
                    }
                }
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of a name, forenames first, with the run-together forms of compound surnames after them. */
    public static List<NameToken> tokens(String name) {
        String folded = fold(name);
        List<String> forenameWords;
        List<String> surnameWords;
        int comma = folded.indexOf(',');
        if (comma >= 0) {
            surnameWords = words(folded.substring(0, comma));
            forenameWords = words(folded.substring(comma + 1).replace(',', ' '));
            if (surnameWords.isEmpty()) {
                surnameWords = forenameWords.isEmpty() ? List.of() : List.of(forenameWords.get(forenameWords.size() - 1));
                forenameWords = forenameWords.isEmpty() ? List.of() : forenameWords.subList(0, forenameWords.size() - 1);
            }
        } else {
            List<String> all = words(folded);
            // The surname is the last word together with any particles just before it ("Ludwig van Beethoven"); a
            // single word is a surname.
            int start = Math.max(0, all.size() - 1);
            while (start > 1 && isParticle(all.get(start - 1))) {
                start--;
            }
            forenameWords = all.subList(0, start);
            surnameWords = all.subList(start, all.size());
        }
        return build(forenameWords, surnameWords);
    }

    private static List<NameToken> build(List<String> forenameWords, List<String> surnameWords) {
        List<NameToken> out = new ArrayList<>();
        for (String w : forenameWords) {
            addWord(out, w, false);
        }
        // The surname words are one unit: particles fold into the next word; hyphenated halves and several words are
        // parts, with the whole run together as well.
        List<String> parts = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        String pendingParticle = "";
        for (String w : surnameWords) {
            for (String piece : w.split("-")) {
                if (piece.isEmpty()) {
                    continue;
                }
                joined.append(piece);
                if (isParticle(piece) || piece.equals("o")) {
                    pendingParticle += piece;
                    continue;
                }
                String word = canonical(pendingParticle.equals("o") ? "o" + piece : piece);
                pendingParticle = "";
                parts.add(word);
            }
        }
        if (!pendingParticle.isEmpty()) {
            parts.add(canonical(pendingParticle));
        }
        boolean compound = parts.size() > 1;
        for (String p : parts) {
            out.add(new NameToken(p, true, compound, false));
        }
        String whole = canonical(joined.toString());
        // (an empty surname has no parts, so no whole either)
        if (compound || (parts.size() == 1 && !parts.get(0).equals(whole))) {
            out.add(new NameToken(whole, true, false, true));
        }
        return out;
    }

    private static void addWord(List<NameToken> out, String w, boolean surname) {
        for (String piece : w.split("-")) {
            if (!piece.isEmpty()) {
                out.add(new NameToken(canonical(piece), surname, false, false));
            }
        }
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.trim().split("\\s+")) {
            String t = w.replaceAll("^-+|-+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        // "O Brien" as heard is O'Brien.
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).equals("o")) {
                out.set(i + 1, "o" + out.get(i + 1));
                out.remove(i);
            }
        }
        return out;
    }

    static boolean isParticle(String w) {
        return PARTICLES.contains(w);
    }

    /** MacDonald and McDonald are one name; so are Mackenzie and McKenzie. */
    static String canonical(String word) {
        if (word.length() >= 6 && word.startsWith("mac") && !VOWELS.contains(word.charAt(3))) {
            return "mc" + word.substring(3);
        }
        return word;
    }

    private static final List<Character> VOWELS = Arrays.asList('a', 'e', 'i', 'o', 'u', 'h', 'y');
}
