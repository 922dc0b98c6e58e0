package org.nmoregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role matrix in docs/security.md is the code's: each rule in {@link Authorities} and each endpoint's
 * {@code @PreAuthorize} expression is evaluated for a user holding each role alone, and the tables must match
 * what the doc says. When a rule or an endpoint changes, run this test with {@code -Dnmo.docs.write=true} to
 * rewrite the tables, and read the difference before committing it.
 */
@IntegrationTest
class RoleMatrixTest {

    static final Path DOC = Path.of("docs/security.md");
    static final String RULES_START = "<!-- role-matrix:rules:start -->";
    static final String RULES_END = "<!-- role-matrix:rules:end -->";
    static final String ENDPOINTS_START = "<!-- role-matrix:endpoints:start -->";
    static final String ENDPOINTS_END = "<!-- role-matrix:endpoints:end -->";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    static boolean allows(String expression, Role role) {
        Authentication user = UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.of(new SimpleGrantedAuthority(role.authority())));
        var root = new SecurityExpressionRoot<Object>(() -> user) {
        };
        root.setTrustResolver(new org.springframework.security.authentication.AuthenticationTrustResolverImpl());
        var context = new StandardEvaluationContext(root);
        return Boolean.TRUE.equals(PARSER.parseExpression(expression).getValue(context, Boolean.class));
    }

    static String row(String first, String expression) {
        StringBuilder line = new StringBuilder("| ").append(first).append(" |");
        for (Role role : Role.values()) {
            line.append(allows(expression, role) ? " ✓ |" : "   |");
        }
        return line.toString();
    }

    static String header(String first) {
        StringBuilder header = new StringBuilder("| ").append(first).append(" |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Role role : Role.values()) {
            header.append(' ').append(role.name()).append(" |");
            rule.append(":-:|");
        }
        return header + "\n" + rule;
    }

    static String rulesTable() throws IllegalAccessException {
        List<String> lines = new ArrayList<>();
        lines.add(header("Rule in `Authorities`"));
        for (Field field : Authorities.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                lines.add(row("`" + field.getName() + "`", (String) field.get(null)));
            }
        }
        return String.join("\n", lines);
    }

    String endpointsTable() {
        Map<String, String> rows = new TreeMap<>();
        handlerMapping.getHandlerMethods().forEach((RequestMappingInfo mapping, HandlerMethod handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.nmoregister")) {
                return;
            }
            String expression = expression(handler.getBeanType(), handler.getMethod());
            String methods = mapping.getMethodsCondition().getMethods().isEmpty() ? "ANY"
                    : mapping.getMethodsCondition().getMethods().stream().map(RequestMethod::name).sorted()
                            .collect(Collectors.joining(","));
            for (String path : mapping.getPatternValues()) {
                String endpoint = "`" + methods + " " + path + "`";
                rows.put(path + " " + methods, row(endpoint, expression));
            }
        });
        return header("Endpoint") + "\n" + String.join("\n", rows.values());
    }

    static String expression(Class<?> type, Method method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
        }
        // EndpointAuthorisationTest makes sure there is always one; "denyAll" keeps a missing one visible here.
        return rule == null ? "denyAll()" : rule.value();
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertThat(from).as("docs/security.md has " + start).isNotNegative();
        assertThat(to).as("docs/security.md has " + end).isGreaterThan(from);
        return text.substring(from + start.length(), to).strip();
    }

    static String replace(String text, String start, String end, String table) {
        return text.substring(0, text.indexOf(start) + start.length()) + "\n" + table + "\n"
                + text.substring(text.indexOf(end));
    }

    @Test
    void theDocumentedMatrixIsWhatTheCodeAllows() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String rules = rulesTable();
        String endpoints = endpointsTable();
        if (Boolean.getBoolean("nmo.docs.write")) {
            doc = replace(replace(doc, RULES_START, RULES_END, rules), ENDPOINTS_START, ENDPOINTS_END, endpoints);
            Files.writeString(DOC, doc, StandardCharsets.UTF_8);
        }
        assertThat(between(doc, RULES_START, RULES_END)).as("the rules table in docs/security.md "
                + "(rerun with -Dnmo.docs.write=true to regenerate)").isEqualTo(rules);
        assertThat(between(doc, ENDPOINTS_START, ENDPOINTS_END)).as("the endpoint table in docs/security.md "
                + "(rerun with -Dnmo.docs.write=true to regenerate)").isEqualTo(endpoints);
    }

    @Test
    void theEvaluationTellsRolesApart() {
        assertThat(allows(Authorities.CASEWORK, Role.OFFICER)).isTrue();
        assertThat(allows(Authorities.CASEWORK, Role.ANALYST)).isFalse();
        assertThat(allows(Authorities.CASEWORK, Role.ADMIN)).isFalse();
        assertThat(allows(Authorities.STAFF, Role.COURT_FEED)).isFalse();
        assertThat(allows("isAuthenticated()", Role.COURT_FEED)).isTrue();
        assertThat(allows("permitAll()", Role.ANALYST)).isTrue();
    }

    /** What each role's job needs, stated independently of the annotations and checked against them. */
    @Test
    void eachRoleReachesWhatItsJobNeedsAndNoMore() throws IOException {
        String endpoints = endpointsTable();
        for (String casework : List.of("`GET /api/v1/orders/{id}`", "`GET /api/v1/lookup/people`",
                "`GET /api/v1/breaches/{id}`", "`GET /api/v1/orders/{id}/markers`",
                "`GET /api/v1/orders/{id}/quality-assurance`", "`GET /api/v1/orders/{id}/liaison-requests`",
                "`GET /api/v1/risk/assessments/{id}`", "`GET /orders/{id}`", "`GET /lookup`", "`GET /breaches/{id}`",
                "`GET /risk/meeting`")) {
            String line = endpoints.lines().filter(l -> l.startsWith("| " + casework + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("no endpoint " + casework));
            assertThat(cell(line, Role.ANALYST)).as("analyst on " + casework).isFalse();
            assertThat(cell(line, Role.ADMIN)).as("admin on " + casework).isFalse();
            assertThat(cell(line, Role.COURT_FEED)).as("court feed on " + casework).isFalse();
        }
        // The court feed only delivers: the one thing it may call is the notification intake.
        List<String> courtFeed = endpoints.lines().skip(2).filter(l -> cell(l, Role.COURT_FEED))
                .map(l -> l.substring(2, l.indexOf(" |"))).toList();
        assertThat(courtFeed).allMatch(e -> e.equals("`POST /api/v1/notifications`") || e.contains("/login")
                || e.contains("/draft-check") || e.contains("/api/v1/terms/check") || e.equals("`GET /`"));
        assertThat(courtFeed).noneMatch(e -> e.contains("gazetteer") || e.contains("postcodes"));
        // The monitoring feed only delivers points and events; they come from the feed alone.
        List<String> monitoringFeed = endpoints.lines().skip(2).filter(l -> cell(l, Role.MONITORING_FEED))
                .map(l -> l.substring(2, l.indexOf(" |"))).toList();
        assertThat(monitoringFeed).allMatch(e -> e.equals("`POST /api/v1/monitoring/locations`")
                || e.equals("`POST /api/v1/monitoring/events`") || courtFeed.contains(e));
        for (String feed : List.of("`POST /api/v1/monitoring/locations`", "`POST /api/v1/monitoring/events`")) {
            String line = endpoints.lines().filter(l -> l.startsWith("| " + feed + " |")).findFirst().orElseThrow();
            for (Role role : Role.values()) {
                assertThat(cell(line, role)).as(role + " on " + feed).isEqualTo(role == Role.MONITORING_FEED);
            }
        }
        // Victim contact (safe contact details, the script, the letter): the safeguarding unit and supervisors only.
        List<String> victimContact = endpoints.lines().filter(l -> l.contains("/safeguarding/contacts/")).toList();
        assertThat(victimContact).hasSizeGreaterThanOrEqualTo(10);
        for (String line : victimContact) {
            for (Role role : Role.values()) {
                assertThat(cell(line, role)).as(role + " on " + line)
                        .isEqualTo(role == Role.SAFEGUARDING || role == Role.SUPERVISOR);
            }
        }
        // Transfers between forces (issue 13): decided by the point of contact, read also by supervisors; no one
        // else, so a case's summary reaches another force only through the people who keep its orders.
        List<String> transfers = endpoints.lines().filter(l -> l.contains("transfer") || l.contains("/victim-moved"))
                .toList();
        assertThat(transfers).hasSizeGreaterThanOrEqualTo(15);
        for (String line : transfers) {
            boolean write = line.startsWith("| `POST");
            for (Role role : Role.values()) {
                assertThat(cell(line, role)).as(role + " on " + line).isEqualTo(role == Role.POINT_OF_CONTACT
                        || role == Role.SUPERVISOR && !write && !line.contains("/victim-moved")
                        && !line.contains("/orders/{orderId}/transfer"));
            }
        }
        // Administrators keep the reference data and the accounts; no one else changes a court's details.
        for (String admin : List.of("`PUT /api/v1/courts/{id}`", "`POST /api/v1/courts`", "`POST /courts`",
                "`POST /api/v1/sign-in-locks/unlock`", "`POST /cross-force/sharing`",
                "`PUT /api/v1/cross-force/sharing`")) {
            String line = endpoints.lines().filter(l -> l.startsWith("| " + admin + " |")).findFirst().orElseThrow();
            for (Role role : Role.values()) {
                assertThat(cell(line, role)).as(role + " on " + admin).isEqualTo(role == Role.ADMIN);
            }
        }
    }

    static boolean cell(String line, Role role) {
        String[] cells = line.split("\\|");
        return cells[2 + role.ordinal()].contains("✓");
    }
}
