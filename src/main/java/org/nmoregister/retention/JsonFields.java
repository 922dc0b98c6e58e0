package org.nmoregister.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a stored JSON document (a notification as delivered, a check's result, a safety plan's measures) into the
 * fields of a {@link HeldRecord}, one per value, labelled by its path. A value under a party's object (the
 * applicant, the respondent, a child or other protected person, each named by its {@code name}) concerns that person;
 * an object marked {@code "confidential": true} holds confidential values; everything else concerns
 * {@code defaultConcerns} (null for the case itself).
 */
public final class JsonFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PARTIES = Set.of("applicant", "respondent", "children", "otherProtectedPersons",
            "protectedPersons", "victim");

    private JsonFields() {
    }

    public static List<HeldRecord.Field> of(String prefix, String json, String defaultConcerns) {
        List<HeldRecord.Field> fields = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        walk(prefix, JSON.readTree(json), defaultConcerns, false, 0, fields);
        return fields;
    }

    private static void walk(String path, JsonNode node, String concerns, boolean confidential, int depth,
                             List<HeldRecord.Field> fields) {
        if (node == null || node.isNull() || depth > 12) {
            return;
        }
        if (node.isObject()) {
            boolean secret = confidential || node.path("confidential").asBoolean(false);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = e.getKey();
                String about = concerns;
                if (depth == 0 && PARTIES.contains(key)) {
                    about = null;
                }
                JsonNode value = e.getValue();
                if (depth == 0 && PARTIES.contains(key)) {
                    if (value.isArray()) {
                        int i = 1;
                        for (JsonNode item : value) {
                            walk(path + key + " " + i++ + ".", item, HeldRecord.person(item.path("name").asString(null)),
                                    secret, depth + 2, fields);
                        }
                    } else {
                        walk(path + key + ".", value, HeldRecord.person(value.path("name").asString(null)), secret,
                                depth + 1, fields);
                    }
                    continue;
                }
                if (key.equals("confidential")) {
                    continue;
                }
                walk(path + key + ".", value, about, secret, depth + 1, fields);
            }
        } else if (node.isArray()) {
            int i = 1;
            for (JsonNode item : node) {
                walk(path.substring(0, Math.max(0, path.length() - 1)) + " " + i++ + ".", item, concerns,
                        confidential, depth + 1, fields);
            }
        } else {
            String label = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
            fields.add(new HeldRecord.Field(label, node.asString(), concerns, confidential));
        }
    }
}
