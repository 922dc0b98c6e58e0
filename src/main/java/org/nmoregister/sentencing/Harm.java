package org.nmoregister.sentencing;

import java.util.Optional;

/** The guideline's harm categories: 1 very serious harm or distress, 2 between, 3 little or none. */
public enum Harm {
    CATEGORY_1(1), CATEGORY_2(2), CATEGORY_3(3);

    private final int category;

    Harm(int category) {
        this.category = category;
    }

    /** The category's number as the guideline prints it. */
    public int category() {
        return category;
    }

    public static Optional<Harm> of(int category) {
        for (Harm harm : values()) {
            if (harm.category == category) {
                return Optional.of(harm);
            }
        }
        return Optional.empty();
    }

    /** The category a user typed (1, 2 or 3), or empty when it is none of them. */
    public static Optional<Harm> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim()) {
            case "1" -> Optional.of(CATEGORY_1);
            case "2" -> Optional.of(CATEGORY_2);
            case "3" -> Optional.of(CATEGORY_3);
            default -> Optional.empty();
        };
    }
}
