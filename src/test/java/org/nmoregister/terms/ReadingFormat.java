package org.nmoregister.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A reading written out in full, one form for every test that compares whole readings ({@code ReadingsApprovalTest}
 * and the parser's {@code ClauseParserReadingsTest}): each clause's attributes on one line, its text, and every span
 * with the words it covers; each finding with its code, severity, clause and advice.
 */
public final class ReadingFormat {

    private ReadingFormat() {
    }

    /** One clause: its attributes, its text, then each span and the words it covers. */
    public static String clause(Clause c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.index() + " " + c.type());
        if (!c.protects().isEmpty()) {
            parts.add("protects=" + c.protects().stream()
                    .map(p -> p.party() + (p.names().isEmpty() ? "" : p.names().toString()))
                    .collect(Collectors.joining("+")));
        }
        if (!c.channels().isEmpty()) {
            parts.add("channels=" + c.channels().stream().map(Enum::name).sorted().collect(Collectors.joining("+")));
        }
        parts.add((c.direct() ? "direct" : "-") + "/" + (c.indirect() ? "indirect" : "-") + "/"
                + (c.coversOthersActing() ? "others" : "-"));
        if (!c.places().isEmpty()) {
            parts.add("places=" + c.places().stream()
                    .map(p -> p.kind() + (p.address() == null ? "" : "{" + p.address() + "}"))
                    .collect(Collectors.joining("+")));
        }
        if (c.distanceMetres() != null) {
            parts.add("distance=" + c.distanceMetres());
        }
        if (!c.timeLimits().isEmpty()) {
            parts.add("hours=" + c.timeLimits());
        }
        if (!c.exceptions().isEmpty()) {
            parts.add("exceptions=" + c.exceptions().stream().map(e -> e.kind() + "{" + e.text() + "}")
                    .collect(Collectors.joining("+")));
        }
        StringBuilder line = new StringBuilder("  ").append(String.join(" | ", parts)).append('\n');
        line.append("    text: ").append(c.text().replace("\n", "\\n")).append('\n');
        for (Clause.Span s : c.spans()) {
            line.append("    ").append(s.attribute()).append(" [").append(s.start()).append(',').append(s.end())
                    .append("] ").append(c.text(), s.start(), s.end()).append('\n');
        }
        return line.toString();
    }

    /** One finding: code, severity, the clause it is about (if any) and its advice. */
    public static String finding(Finding f) {
        return "  ! " + f.code() + ' ' + f.severity() + (f.clauseIndex() == null ? "" : " @" + f.clauseIndex())
                + ": " + f.message() + '\n';
    }

    /** One finding without its advice (for tests whose findings' advice is asserted elsewhere). */
    public static String findingCode(Finding f) {
        return "  ! " + f.code() + ' ' + f.severity() + (f.clauseIndex() == null ? "" : " @" + f.clauseIndex()) + '\n';
    }

    /** Clauses and then findings, each in the form above. */
    public static String reading(List<Clause> clauses, List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        clauses.forEach(c -> out.append(clause(c)));
        findings.forEach(f -> out.append(finding(f)));
        return out.toString();
    }
}
