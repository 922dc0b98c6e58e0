package org.nmoregister.terms.internal;

/**
 * Corrects a word one slip of the keyboard away from a lexicon word ("respondant", "contcat", "harrass"), so a
 * typo in a sealed order does not hide a term. Short words and real words that look like typos are left alone.
 */
final class Typos {

    private Typos() {
    }

    static String correct(String token) {
        if (token.length() < 5 || Lexicon.NOT_TYPOS.contains(token)) {
            return token;
        }
        return nearest(token);
    }

    private static String nearest(String token) {
        String best = token;
        int bestDistance = Integer.MAX_VALUE;
        for (String target : Lexicon.TYPO_TARGETS) {
            if (target.equals(token)) {
                return token;
            }
            if (Math.abs(target.length() - token.length()) > 1) {
                continue;
            }
            int allowed = target.length() >= 9 ? 2 : 1;
            int d = distance(token, target);
            if (d <= allowed && d < bestDistance) {
                best = target;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
