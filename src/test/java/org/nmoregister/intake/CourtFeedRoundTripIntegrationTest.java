package org.nmoregister.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.intake.web.NotificationSubmission;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every field of the court-feed notification, given a value that is not its default, is found again on the order
 * the point of contact accepts it as (or on the notification, for the notification's own fields). The fields are
 * found by walking {@link NotificationSubmission}'s record components, so a field added to the schema is in this
 * test at once: if the order does not carry it under the same name, {@link #orderPointer} must say where it goes,
 * or the test fails naming it.
 */
@IntegrationTest
class CourtFeedRoundTripIntegrationTest {

    static final RequestPostProcessor FEED = httpBasic("court-feed.northshire", "demo");
    static final RequestPostProcessor POC = httpBasic("poc.northshire", "demo");

    /** The notification's own fields, found on the notification rather than the order. */
    static final Set<String> NOTIFICATION_FIELDS = Set.of("source", "externalReference", "manualOrigin");

    /** Text fields that hold a code: a value other than the commonest, so a default cannot pass for it. */
    static final Map<String, String> CODES = Map.of(
            "orderType", "OCCUPATION_ORDER",
            "relationship", "FORMERLY_ENGAGED",
            "serviceMethod", "PROCESS_SERVER",
            "kind", "SOCIAL_MEDIA",
            "warnings", "FIREARMS",
            "source", "COURT_FEED",
            "manualOrigin", "COURT_OTHER");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    int counter;

    @Test
    void everyFieldOfTheCourtFeedIsFoundAgainOnTheAcceptedOrder() throws Exception {
        Set<String> allLeaves = new LinkedHashSet<>();
        Set<String> checked = new LinkedHashSet<>();
        // endsAt, untilFurtherOrder and untilNextHearing exclude each other, and only a manual entry has a
        // manualOrigin: three deliveries between them give every field a value.
        for (String variant : List.of("endsAt", "untilFurtherOrder", "untilNextHearing")) {
            Map<String, Object> leaves = new LinkedHashMap<>();
            counter = 0;
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) generate(NotificationSubmission.class, "", leaves);
            allLeaves.addAll(leaves.keySet());
            boolean manual = variant.equals("untilNextHearing");
            for (String exclusive : List.of("endsAt", "untilFurtherOrder", "untilNextHearing")) {
                if (!exclusive.equals(variant)) {
                    body.remove(exclusive);
                    leaves.remove(exclusive);
                }
            }
            if (manual) {
                body.put("source", "MANUAL");
                leaves.put("source", "MANUAL");
            } else {
                body.remove("manualOrigin");
                leaves.remove("manualOrigin");
            }

            var response = mvc.perform(post("/api/v1/notifications").with(manual ? POC : FEED)
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(variant + ": " + response.getContentAsString()).isEqualTo(201);
            JsonNode delivered = json.readTree(response.getContentAsString());
            String notificationId = delivered.get("id").asString();
            JsonNode accepted = json.readTree(mvc.perform(post("/api/v1/notifications/" + notificationId
                            + "/accept").with(POC))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            JsonNode order = json.readTree(mvc.perform(get("/api/v1/orders/" + accepted.get("orderId").asString())
                            .with(POC))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            JsonNode notification = json.readTree(mvc.perform(get("/api/v1/notifications/" + notificationId)
                            .with(POC))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

            List<String> lost = new ArrayList<>();
            leaves.forEach((path, value) -> {
                JsonNode found = NOTIFICATION_FIELDS.contains(path) ? notification.at("/" + path)
                        : order.at(orderPointer(path));
                Object expected = expectedOnOrder(path, value);
                if (!matches(found, expected)) {
                    lost.add(path + " = " + value + " (order has " + (found.isMissingNode() ? "nothing" : found)
                            + " at " + (NOTIFICATION_FIELDS.contains(path) ? "/" + path : orderPointer(path)) + ")");
                }
                checked.add(path);
            });
            assertThat(lost).as("fields of the court feed lost on the way to the order (" + variant + ")").isEmpty();
        }
        assertThat(checked).as("every field was given a value in some delivery").containsAll(allLeaves);
        assertThat(allLeaves).as("the walk found the nested fields").contains("respondent.officerSafety.notes",
                "applicant.contacts[0].kind", "returnHearing.court", "children[0].addresses[0].postcode");
    }

    /** Where the order keeps a field of the notification. */
    static String orderPointer(String path) {
        String pointer = switch (path) {
            case "servedAt", "servedBy" -> "service[0]." + path;
            case "serviceMethod" -> "service[0].method";
            case "untilFurtherOrder", "untilNextHearing" -> "duration";
            default -> path
                    // The main address is the order's first; the others follow it.
                    .replaceAll("^(applicant|respondent|otherProtectedPersons\\[0]|children\\[0])\\.addresses\\[0]",
                            "$1.addresses[1]")
                    .replaceAll("^(applicant|respondent|otherProtectedPersons\\[0]|children\\[0])\\.address\\.",
                            "$1.addresses[0].")
                    .replaceAll("^terms\\[(\\d+)]$", "terms[$1].text");
        };
        return "/" + pointer.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    static Object expectedOnOrder(String path, Object value) {
        return switch (path) {
            case "untilFurtherOrder" -> "UNTIL_FURTHER_ORDER";
            case "untilNextHearing" -> "UNTIL_NEXT_HEARING";
            default -> value;
        };
    }

    static boolean matches(JsonNode found, Object expected) {
        if (found == null || found.isMissingNode() || found.isNull()) {
            return false;
        }
        if (expected instanceof Boolean b) {
            return found.isBoolean() && found.booleanValue() == b;
        }
        if (expected instanceof Instant instant) {
            return found.isString() && Instant.parse(found.asString()).equals(instant);
        }
        return found.isString() && found.asString().equals(expected.toString());
    }

    /** A JSON value for {@code type} with a distinct, non-default value in every leaf, recorded in {@code leaves}. */
    Object generate(Type type, String path, Map<String, Object> leaves) {
        return generate(type, path, leaves, Integer.MAX_VALUE);
    }

    /** A value for {@code path}, a string no longer than {@code maxLength} (the field's own {@code @Size}). */
    Object generate(Type type, String path, Map<String, Object> leaves, int maxLength) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        String name = path.replaceAll("\\[\\d+]", "");
        name = name.substring(name.lastIndexOf('.') + 1);
        if (raw.isRecord()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
                // a record component's annotation is read from its accessor, where Java puts it
                jakarta.validation.constraints.Size size = component.getAccessor().getAnnotation(
                        jakarta.validation.constraints.Size.class);
                object.put(component.getName(), generate(component.getGenericType(), child, leaves,
                        size == null ? Integer.MAX_VALUE : size.max()));
            }
            return object;
        }
        if (List.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return List.of(generate(element, path + "[0]", leaves, maxLength));
        }
        Object value;
        if (raw == String.class || raw.isEnum()) {
            value = CODES.containsKey(name) ? CODES.get(name)
                    : name.equals("caseNumber") ? "RT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()
                    : "rt-" + name + "-" + (++counter) + "-" + UUID.randomUUID().toString().substring(0, 6);
            if (value instanceof String text && text.length() > maxLength) {
                // still unique, within what the field accepts ("R12ab34c" for a postcode of at most 10)
                String unique = (++counter) + UUID.randomUUID().toString().replace("-", "");
                value = ("R" + unique).substring(0, Math.min(maxLength, 1 + unique.length()));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            value = true;
        } else if (raw == Instant.class) {
            value = switch (path) {
                case "madeAt" -> now.minus(10, ChronoUnit.DAYS);
                case "servedAt" -> now.minus(9, ChronoUnit.DAYS);
                case "dischargedAt" -> now.minus(1, ChronoUnit.DAYS);
                case "returnHearing.at" -> now.plus(5, ChronoUnit.DAYS);
                case "endsAt" -> now.plus(30, ChronoUnit.DAYS);
                default -> throw new AssertionError("No date chosen for the new field " + path
                        + ": add one that the order's rules accept");
            };
        } else if (raw == LocalDate.class) {
            value = LocalDate.of(1960, 1, 1).plusDays(397L * ++counter);
        } else {
            throw new AssertionError("No value for " + path + " of type " + type + ": teach the test its type");
        }
        leaves.put(path, value);
        return value instanceof Instant || value instanceof LocalDate ? value.toString() : value;
    }
}
