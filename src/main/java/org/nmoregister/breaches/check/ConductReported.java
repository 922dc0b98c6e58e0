package org.nmoregister.breaches.check;

import java.util.Objects;

/**
 * One kind of thing the respondent did in an incident, and how it reached the protected person. An incident may hold
 * several ("texted her, then came to the house": contact by text and approach in person); each is judged against the
 * order's terms on its own, because the means matters to some terms and not to others.
 *
 * @param conduct what the respondent did
 * @param channel how it reached the protected person; null when not a communication or not known
 */
public record ConductReported(Conduct conduct, ContactChannel channel) {

    public ConductReported {
        Objects.requireNonNull(conduct, "conduct");
    }

    /** What it was, in words: "Contact by text message", "Approach in person", "Damage to property". */
    public String words() {
        return words(conduct, channel);
    }

    static String words(Conduct conduct, ContactChannel channel) {
        String what = switch (conduct) {
            case VIOLENCE -> "Violence";
            case THREAT -> "A threat";
            case CONTACT -> "Contact";
            case APPROACH -> "Approach";
            case ENTRY -> "Going to or entering a place";
            case DAMAGE -> "Damage to property";
            case PUBLICATION -> "Publishing";
            case HARASSMENT -> "Harassment";
        };
        return channel == null ? what : what + " " + TermJudge.channelWords(channel);
    }
}
