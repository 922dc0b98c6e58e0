package org.nmoregister.terms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of wordings: "> text" (with \n for a new line) followed by
 * "= TYPE,TYPE | key=value | N.key=value | findings=CODE+CODE". See src/test/resources/terms/*.txt.
 */
record WordingCases(List<Case> cases) {

    record Case(int line, String text, List<ClauseType> types, Map<String, String> expect, List<FindingCode> findings) {
    }

    static WordingCases load(String resource) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = WordingCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String text = null;
            int textLine = 0;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("> ")) {
                    text = line.substring(2).replace("\\n", "\n");
                    textLine = i + 1;
                } else if (line.startsWith("= ")) {
                    if (text == null) {
                        throw new IOException(resource + ":" + (i + 1) + " expectation without text");
                    }
                    String[] parts = line.substring(2).split("\\|");
                    List<ClauseType> types = Arrays.stream(parts[0].split(",")).map(String::strip)
                            .map(ClauseType::valueOf).toList();
                    Map<String, String> expect = new LinkedHashMap<>();
                    List<FindingCode> findings = null;
                    for (int p = 1; p < parts.length; p++) {
                        String kv = parts[p].strip();
                        int eq = kv.indexOf('=');
                        String key = kv.substring(0, eq).strip();
                        String value = kv.substring(eq + 1).strip();
                        if (key.equals("findings")) {
                            findings = value.isEmpty() ? List.of()
                                    : Arrays.stream(value.split("\\+")).map(String::strip).map(FindingCode::valueOf)
                                    .toList();
                        } else {
                            expect.put(key.contains(".") ? key : "1." + key, value);
                        }
                    }
                    if (findings == null) {
                        throw new IOException(resource + ":" + (i + 1) + " has no findings= (write findings= for none)");
                    }
                    cases.add(new Case(textLine, text, types, expect, findings));
                    text = null;
                }
            }
        }
        return new WordingCases(cases);
    }
}
