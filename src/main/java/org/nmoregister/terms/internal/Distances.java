package org.nmoregister.terms.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Distances written as numbers or words ("100 metres", "one hundred metres", "half a mile", "200 yards"). */
public final class Distances {

    /** Metres in one of each unit, as written in orders. */
    static final Map<String, Double> UNIT_METRES = Map.ofEntries(
            Map.entry("m", 1.0), Map.entry("metre", 1.0), Map.entry("metres", 1.0), Map.entry("meter", 1.0),
            Map.entry("meters", 1.0), Map.entry("mtrs", 1.0), Map.entry("mtr", 1.0),
            Map.entry("km", 1000.0), Map.entry("kilometre", 1000.0), Map.entry("kilometres", 1000.0),
            Map.entry("kilometer", 1000.0), Map.entry("kilometers", 1000.0),
            Map.entry("mile", 1609.344), Map.entry("miles", 1609.344),
            Map.entry("yard", 0.9144), Map.entry("yards", 0.9144), Map.entry("yds", 0.9144), Map.entry("yd", 0.9144),
            Map.entry("feet", 0.3048), Map.entry("foot", 0.3048), Map.entry("ft", 0.3048));

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fourty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|hundred|thousand|and|a|an|half|quarter|quarters|three-quarters|of)";
    private static final String UNIT_LONG = "(kilometres|kilometers|kilometre|kilometer|metres|meters|metre|meter|"
            + "miles|mile|yards|yard|feet|foot)";
    private static final String UNIT_ANY = "(kilometres|kilometers|kilometre|kilometer|km|metres|meters|metre|meter|"
            + "mtrs|mtr|m|miles|mile|yards|yard|yds|yd|feet|foot|ft)";
    /** "100 metres", "100m", "1,000 yards", "1.5 miles", "(100) metres". */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\)?\\s*-?\\s*" + UNIT_ANY + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** "one hundred metres", "half a mile", "a quarter of a mile", "two hundred yards". */
    private static final Pattern WORDS = Pattern.compile("\\b(" + WORD + "(?:[\\s-]{1,3}" + WORD + "){0,8})[\\s-]+" + UNIT_LONG
            + "\\b", Pattern.CASE_INSENSITIVE);

    private Distances() {
    }

    /** A distance found in text: metres and where. */
    public record Found(int metres, int start, int end) {
    }

    /** The first distance in the text, or null. */
    public static Found find(String text) {
        Found best = null;
        for (Pattern pattern : new Pattern[] {NUMERIC, WORDS}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Double quantity = quantity(m.group(1));
                if (quantity == null || quantity <= 0) {
                    continue;
                }
                double metres = quantity * UNIT_METRES.get(m.group(2).toLowerCase(Locale.ROOT));
                if (best == null || m.start() < best.start()) {
                    best = new Found((int) Math.round(metres), m.start(), m.end());
                }
                break;
            }
        }
        return best;
    }

    /** The number a quantity phrase stands for ("one hundred and fifty", "a quarter of a", "1,000"), or null. */
    static Double quantity(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).trim();
        if (p.matches("[\\d,]+(?:\\.\\d+)?")) {
            return Double.parseDouble(p.replace(",", ""));
        }
        String[] words = p.replace("three-quarters", "three quarters").split("[\\s-]+");
        double fraction = 0;
        long total = 0;
        long current = 0;
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            switch (w) {
                case "and", "of" -> { }
                case "a", "an" -> {
                    // only "a mile" counts the article; in "half a mile" or "a hundred" it is not a number
                    if (i == words.length - 1 && current == 0 && total == 0 && fraction == 0) {
                        current = 1;
                        any = true;
                    }
                }
                case "half" -> {
                    fraction += 0.5;
                    any = true;
                }
                case "quarter", "quarters" -> {
                    // "three quarters" counts the quarters; "a quarter" is one, and "two and a quarter" keeps the two
                    if (i > 0 && (words[i - 1].equals("a") || words[i - 1].equals("an")) || current == 0) {
                        fraction += 0.25;
                    } else {
                        fraction += 0.25 * current;
                        current = 0;
                    }
                    any = true;
                }
                case "hundred" -> {
                    current = (current == 0 ? 1 : current) * 100;
                    any = true;
                }
                case "thousand" -> {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                    any = true;
                }
                default -> {
                    Integer n = NUMBER_WORDS.get(w);
                    if (n == null) {
                        return null;
                    }
                    current += n;
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        return total + current + fraction;
    }
}
