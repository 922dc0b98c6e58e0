package org.nmoregister.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The parser and the wording checks against a large table of real-world-style wordings (FL404A, seed 003 and
 * plausible court variations), with the overall figures printed, and the held-out table (never tuned on) reported.
 */
class WordingsTableTest {

    private final TermsChecker checker = new TermsChecker();

    record Score(int clauses, int typesRight, int attributes, int attributesRight, int expectedFindings,
                 int foundExpected, int raised, int raisedWrongly, List<String> failures) {

        double typeAccuracy() {
            return clauses == 0 ? 1 : (double) typesRight / clauses;
        }

        double recall() {
            return expectedFindings == 0 ? 1 : (double) foundExpected / expectedFindings;
        }

        double falseRate() {
            return raised == 0 ? 0 : (double) raisedWrongly / raised;
        }

        String summary(String name) {
            return String.format(Locale.ROOT, "%s: %d clauses, type accuracy %.1f%% (%d/%d); attributes %d/%d; "
                            + "findings recall %.1f%% (%d/%d); false findings %.1f%% (%d/%d)", name, clauses,
                    100 * typeAccuracy(), typesRight, clauses, attributesRight, attributes, 100 * recall(),
                    foundExpected, expectedFindings, 100 * falseRate(), raisedWrongly, raised);
        }
    }

    Score score(String resource) throws Exception {
        WordingCases table = WordingCases.load(resource);
        int clauses = 0, typesRight = 0, attributes = 0, attributesRight = 0;
        int expectedFindings = 0, foundExpected = 0, raised = 0, raisedWrongly = 0;
        List<String> failures = new ArrayList<>();
        for (WordingCases.Case c : table.cases()) {
            TermsReading reading = checker.check(c.text(), OrderContext.none());
            List<ClauseType> got = reading.clauses().stream().map(Clause::type).toList();
            for (int i = 0; i < c.types().size(); i++) {
                clauses++;
                if (i < got.size() && got.get(i) == c.types().get(i)) {
                    typesRight++;
                }
            }
            if (!got.equals(c.types())) {
                failures.add("line " + c.line() + ": types " + got + " expected " + c.types());
            }
            for (Map.Entry<String, String> e : c.expect().entrySet()) {
                attributes++;
                int dot = e.getKey().indexOf('.');
                int index = Integer.parseInt(e.getKey().substring(0, dot));
                String key = e.getKey().substring(dot + 1);
                Clause clause = index <= reading.clauses().size() ? reading.clauses().get(index - 1) : null;
                String problem = clause == null ? "no clause " + index : attribute(clause, key, e.getValue());
                if (problem == null) {
                    attributesRight++;
                } else {
                    failures.add("line " + c.line() + ": " + e.getKey() + " " + problem);
                }
            }
            Map<FindingCode, Integer> expected = counts(c.findings());
            Map<FindingCode, Integer> actual = counts(reading.findings().stream().map(Finding::code).toList());
            for (var e : expected.entrySet()) {
                expectedFindings += e.getValue();
                foundExpected += Math.min(e.getValue(), actual.getOrDefault(e.getKey(), 0));
            }
            for (var e : actual.entrySet()) {
                raised += e.getValue();
                raisedWrongly += Math.max(0, e.getValue() - expected.getOrDefault(e.getKey(), 0));
            }
            if (!expected.equals(actual)) {
                failures.add("line " + c.line() + ": findings " + actual.keySet() + " expected " + expected.keySet());
            }
        }
        return new Score(clauses, typesRight, attributes, attributesRight, expectedFindings, foundExpected, raised,
                raisedWrongly, failures);
    }

    private static Map<FindingCode, Integer> counts(List<FindingCode> codes) {
        Map<FindingCode, Integer> counts = new HashMap<>();
        codes.forEach(code -> counts.merge(code, 1, Integer::sum));
        return counts;
    }

    /** Null when the clause has the expected attribute; otherwise what is wrong. */
    static String attribute(Clause c, String key, String value) {
        String actual;
        boolean ok;
        switch (key) {
            case "protects" -> {
                Set<Clause.Party> want = parse(value, Clause.Party.class);
                Set<Clause.Party> got = c.protects().stream().map(Clause.Protected::party)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Clause.Party.class)));
                ok = got.containsAll(want);
                actual = got.toString();
            }
            case "names" -> {
                List<String> names = c.protects().stream().flatMap(p -> p.names().stream()).toList();
                ok = true;
                for (String want : value.split("\\+")) {
                    ok &= names.stream().anyMatch(n -> n.contains(want.strip()));
                }
                actual = names.toString();
            }
            case "channels" -> {
                Set<Clause.Channel> want = parse(value, Clause.Channel.class);
                ok = c.channels().containsAll(want);
                actual = c.channels().toString();
            }
            case "indirect" -> {
                ok = c.indirect() == Boolean.parseBoolean(value);
                actual = String.valueOf(c.indirect());
            }
            case "direct" -> {
                ok = c.direct() == Boolean.parseBoolean(value);
                actual = String.valueOf(c.direct());
            }
            case "others" -> {
                ok = c.coversOthersActing() == Boolean.parseBoolean(value);
                actual = String.valueOf(c.coversOthersActing());
            }
            case "place" -> {
                ok = c.places().stream().anyMatch(p -> p.kind().name().equals(value));
                actual = c.places().toString();
            }
            case "address" -> {
                ok = c.places().stream().anyMatch(p -> p.address() != null && p.address().contains(value));
                actual = c.places().toString();
            }
            case "metres" -> {
                ok = c.distanceMetres() != null && Math.abs(c.distanceMetres() - Integer.parseInt(value)) <= 1;
                actual = String.valueOf(c.distanceMetres());
            }
            case "exceptions" -> {
                ok = c.exceptions().size() >= Integer.parseInt(value);
                actual = c.exceptions().toString();
            }
            case "exceptionKind" -> {
                ok = c.exceptions().stream().anyMatch(e -> e.kind().name().equals(value));
                actual = c.exceptions().toString();
            }
            case "time" -> {
                ok = c.timeLimits().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)));
                actual = c.timeLimits().toString();
            }
            default -> throw new IllegalArgumentException("unknown key " + key);
        }
        return ok ? null : "expected " + value + " got " + actual;
    }

    private static <E extends Enum<E>> Set<E> parse(String value, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String v : value.split("\\+")) {
            set.add(Enum.valueOf(type, v.strip()));
        }
        return set;
    }

    @Test
    void theWordingsTableIsReadRight() throws Exception {
        Score score = score("/terms/wordings.txt");
        score.failures().forEach(f -> System.out.println("  wordings " + f));
        System.out.println(score.summary("WORDINGS"));
        assertThat(score.clauses()).isGreaterThanOrEqualTo(120);
        assertThat(score.typeAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.falseRate()).isLessThanOrEqualTo(0.05);
        assertThat((double) score.attributesRight() / score.attributes()).isGreaterThanOrEqualTo(0.90);
    }

    /** Reported, not tuned on: the figures go into docs/terms.md as they are. */
    @Test
    void heldOutFiguresAreReported() throws Exception {
        Score score = score("/terms/held-out.txt");
        Score second = score("/terms/held-out-2.txt");
        Score third = score("/terms/held-out-3.txt");
        if (Boolean.getBoolean("terms.showHeldOutFailures")) {
            score.failures().forEach(f -> System.out.println("  held-out " + f));
            second.failures().forEach(f -> System.out.println("  held-out-2 " + f));
            third.failures().forEach(f -> System.out.println("  held-out-3 " + f));
        }
        System.out.println(score.summary("HELD-OUT"));
        System.out.println(second.summary("HELD-OUT-2"));
        System.out.println(third.summary("HELD-OUT-3"));
        assertThat(score.clauses()).isGreaterThanOrEqualTo(40);
        assertThat(second.clauses()).isGreaterThanOrEqualTo(35);
        assertThat(third.clauses()).isGreaterThanOrEqualTo(40);
    }
}
