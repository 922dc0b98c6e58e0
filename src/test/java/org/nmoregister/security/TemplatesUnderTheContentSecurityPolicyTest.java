package org.nmoregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' policy allows scripts and styles from this site's files only, so a template with an inline script, a
 * style element or attribute, or an on* handler would silently stop working in the browser: none may have one.
 */
class TemplatesUnderTheContentSecurityPolicyTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\sth:style=|\\sth:on[a-z]+=|\\son[a-z]+=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptStyleOrHandler() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (INLINE.matcher(lines.get(i)).find()) {
                        found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + " " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsEachKindOfInlineCode() {
        for (String inline : List.of("<script>alert(1)</script>", "<style>p{}</style>", "<p style=\"color:red\">",
                "<button onclick=\"go()\">", "<div th:style=\"'width:' + ${x}\">", "<a href=\"javascript:go()\">",
                "<script th:inline=\"javascript\">")) {
            assertThat(INLINE.matcher(inline).find()).as(inline).isTrue();
        }
        assertThat(INLINE.matcher("<script type=\"module\" th:src=\"@{/js/nmo.js}\"></script>").find()).isFalse();
        assertThat(INLINE.matcher("<span class=\"online\" data-percent=\"3\">").find()).isFalse();
    }
}
