package org.nmoregister.breaches.check;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.nmoregister.breaches.check.BreachAssessment.OffencePrompt;
import org.nmoregister.orders.Relationship;

/**
 * The other offences an officer must consider, whatever the order says (College of Policing: consider every other
 * offence). Prompts, not charging decisions: each says why it is raised.
 */
final class OffencePrompter {

    /** Earlier incidents this far back count towards a course of conduct for harassment and stalking. */
    static final long COURSE_OF_CONDUCT_DAYS = 365;
    /** Earlier incidents needed, with this one, to prompt controlling or coercive behaviour (repeated). */
    static final int COERCIVE_CONTROL_EARLIER = 2;
    /** Contacts (this one included) within the window that count as repeated contact for stalking. */
    static final int REPEATED_CONTACTS_FOR_STALKING = 3;

    /** Personally connected (Domestic Abuse Act 2021 s.2, applied by SCA 2015 s.76 as amended). */
    static final Set<Relationship> PERSONALLY_CONNECTED = EnumSet.of(Relationship.SPOUSE,
            Relationship.FORMER_SPOUSE, Relationship.CIVIL_PARTNER, Relationship.FORMER_CIVIL_PARTNER,
            Relationship.COHABITANT, Relationship.FORMER_COHABITANT, Relationship.ENGAGED,
            Relationship.FORMERLY_ENGAGED, Relationship.INTIMATE_RELATIONSHIP, Relationship.PARENTS_OF_SAME_CHILD,
            Relationship.RELATIVE);

    private static final Set<ContactChannel> COMMUNICATIONS = EnumSet.of(ContactChannel.PHONE, ContactChannel.TEXT,
            ContactChannel.EMAIL, ContactChannel.SOCIAL_MEDIA, ContactChannel.LETTER);
    /** Words in a description that suggest a message was threatening, abusive or grossly offensive. */
    static final Pattern ABUSIVE = Pattern.compile("\\b(threat\\w*|kill\\w*|hurt|die|dead|burn\\w*|stab\\w*|"
            + "smash\\w*|abus\\w*|bitch|slag|whore|cunt|slut|scum|obscene|indecent|menac\\w*|offensive|"
            + "regret|watch your back|nude\\w*|naked|intimate images?)\\b");
    private static final Pattern WATCHING = Pattern.compile("\\b(follow\\w*|watch\\w*|loiter\\w*|waiting outside|"
            + "sat outside|parked outside|tracker|track\\w*|turn(ed|s)? up|monitor\\w*|spying)\\b");
    private static final Set<Conduct> PRESENCE = EnumSet.of(Conduct.APPROACH, Conduct.ENTRY);

    private OffencePrompter() {
    }

    static List<OffencePrompt> prompts(Incident incident, EarlierIncidents earlier, Relationship relationship) {
        List<OffencePrompt> out = new ArrayList<>();
        String description = incident.description() == null ? ""
                : incident.description().toLowerCase(Locale.ROOT);
        ContactChannel ch = incident.channel();
        boolean communication = ch != null && COMMUNICATIONS.contains(ch);
        boolean abusive = ABUSIVE.matcher(description).find();
        switch (incident.conduct()) {
            case VIOLENCE -> out.add(new OffencePrompt(OtherOffence.ASSAULT, "Violence was used: consider common"
                    + " assault, or actual or grievous bodily harm according to the injury."));
            case THREAT -> out.add(new OffencePrompt(OtherOffence.THREATS, "A threat was made: consider threats to"
                    + " kill (OAPA 1861 s.16), threats to damage property (CDA 1971 s.2) or a public order offence,"
                    + " according to what was said."));
            case DAMAGE -> out.add(new OffencePrompt(OtherOffence.CRIMINAL_DAMAGE, "Property was damaged: consider"
                    + " criminal damage (CDA 1971 s.1)."));
            default -> {
            }
        }
        if (communication && (incident.conduct() == Conduct.THREAT || abusive && (incident.conduct()
                == Conduct.CONTACT || incident.conduct() == Conduct.HARASSMENT
                || incident.conduct() == Conduct.PUBLICATION))) {
            out.add(new OffencePrompt(OtherOffence.MALICIOUS_COMMUNICATIONS, (incident.conduct() == Conduct.THREAT
                    ? "A threat was sent " : "The description suggests a threatening or abusive message sent ")
                    + channelWords(ch) + ": consider the Malicious Communications Act 1988 s.1 or the Communications"
                    + " Act 2003 s.127."));
        }
        Instant now = incident.occurredFrom();
        Instant since = now.minus(COURSE_OF_CONDUCT_DAYS, ChronoUnit.DAYS);
        List<Integer> recent = new ArrayList<>();
        List<Integer> before = new ArrayList<>();
        for (int i = 0; i < earlier.occurredAt().size(); i++) {
            Instant at = earlier.occurredAt().get(i);
            if (at.isBefore(now)) {
                before.add(i);
                if (!at.isBefore(since)) {
                    recent.add(i);
                }
            }
        }
        if (!recent.isEmpty()) {
            String dates = String.join(", ", recent.stream().map(i -> Wording.when(earlier.occurredAt().get(i))
                    + " (" + String.join(" and ", earlier.conduct().get(i).stream().map(Wording::lower).toList())
                    + ")").toList());
            out.add(new OffencePrompt(OtherOffence.HARASSMENT, "This is at least the " + ordinal(recent.size() + 1)
                    + " incident in 12 months (earlier: " + dates + "): conduct on two or more occasions may be a"
                    + " course of conduct amounting to harassment (PHA 1997 s.2)."));
            boolean presence = PRESENCE.contains(incident.conduct())
                    || recent.stream().anyMatch(i -> earlier.conduct().get(i).stream().anyMatch(PRESENCE::contains));
            boolean watching = WATCHING.matcher(description).find();
            long contacts = (incident.conduct() == Conduct.CONTACT ? 1 : 0)
                    + recent.stream().filter(i -> earlier.conduct().get(i).contains(Conduct.CONTACT)).count();
            if (presence || watching || contacts >= REPEATED_CONTACTS_FOR_STALKING) {
                String why = presence ? "the course of conduct includes going to or approaching the victim or"
                        + " the places the order protects" : watching ? "the description mentions following or watching"
                        : "contact has been repeated (" + contacts + " contacts in 12 months)";
                out.add(new OffencePrompt(OtherOffence.STALKING, "Stalking behaviours: " + why + ": consider"
                        + " stalking (PHA 1997 s.2A, or s.4A where it caused fear of violence or serious alarm or"
                        + " distress)."));
            }
        }
        if (before.size() >= COERCIVE_CONTROL_EARLIER && relationship != null
                && PERSONALLY_CONNECTED.contains(relationship)) {
            out.add(new OffencePrompt(OtherOffence.CONTROLLING_OR_COERCIVE_BEHAVIOUR, "This and " + before.size()
                    + " earlier incidents between people personally connected (" + Wording.lower(relationship)
                    + "): repeated or continuous behaviour may be controlling or coercive (SCA 2015 s.76);"
                    + " consider its effect on the victim."));
        }
        return out;
    }

    private static String channelWords(ContactChannel ch) {
        return switch (ch) {
            case PHONE -> "by telephone";
            case TEXT -> "by text message";
            case EMAIL -> "by email";
            case SOCIAL_MEDIA -> "by social media";
            case LETTER -> "by letter";
            default -> "";
        };
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            case 5 -> "fifth";
            default -> n + "th";
        };
    }
}
