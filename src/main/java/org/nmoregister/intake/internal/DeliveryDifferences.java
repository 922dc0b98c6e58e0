package org.nmoregister.intake.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What differs between two deliveries of the same notification, field by field, as JSON paths
 * ({@code respondent.address.postcode}, {@code terms[1]}). Walks the records' components, so a field added to the
 * notification is compared without anyone remembering to. Plain Java.
 */
public final class DeliveryDifferences {

    private DeliveryDifferences() {
    }

    /** One field that changed; {@code was} or {@code now} is null where the field was or is not given. */
    public record Difference(String field, String was, String now) {
    }

    public static List<Difference> between(Object was, Object now) {
        List<Difference> differences = new ArrayList<>();
        compare("", was, now, differences);
        return differences;
    }

    private static void compare(String path, Object was, Object now, List<Difference> out) {
        if (Objects.equals(was, now)) {
            return;
        }
        Class<?> type = was != null ? was.getClass() : now.getClass();
        if (type.isRecord() && (was == null || now == null || was.getClass() == now.getClass())) {
            for (RecordComponent component : type.getRecordComponents()) {
                compare(join(path, component.getName()), value(component, was), value(component, now), out);
            }
        } else if (was instanceof List<?> || now instanceof List<?>) {
            List<?> before = was instanceof List<?> list ? list : List.of();
            List<?> after = now instanceof List<?> list ? list : List.of();
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                compare(path + "[" + i + "]", i < before.size() ? before.get(i) : null,
                        i < after.size() ? after.get(i) : null, out);
            }
        } else {
            out.add(new Difference(path, text(was), text(now)));
        }
    }

    private static Object value(RecordComponent component, Object record) {
        if (record == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
