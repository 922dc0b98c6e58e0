package org.nmoregister.terms.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two names written in one order are the same person: "Ms Webb" and "Ms Sarah Webb", "Sarah" and "Sarah
 * Webb", "Sarah Jane Webb" and "Sarah Webb". Within one order only, and cautiously: the respondent and his family
 * often share the applicant's surname, so a bare surname, or a surname with another title ("Mr Webb", "Mrs Webb"
 * beside "Ms Sarah Webb"), is never enough.
 */
final class PersonNames {

    private static final Set<String> MALE = Set.of("mr", "master");
    private static final Set<String> FEMALE = Set.of("mrs", "ms", "miss");
    private static final Set<String> OTHER_TITLES = Set.of("dr", "mx");

    private PersonNames() {
    }

    static boolean samePerson(String candidate, String known) {
        List<String> c = tokens(candidate);
        List<String> k = tokens(known);
        String ct = title(c);
        String kt = title(k);
        if (ct != null && kt != null && (MALE.contains(ct) && FEMALE.contains(kt) || FEMALE.contains(ct)
                && MALE.contains(kt))) {
            return false;
        }
        List<String> cn = ct == null ? c : c.subList(1, c.size());
        List<String> kn = kt == null ? k : k.subList(1, k.size());
        if (cn.isEmpty() || kn.isEmpty()) {
            return false;
        }
        if (cn.equals(kn)) {
            return true;
        }
        if (cn.size() == 1) {
            // "Sarah" for "Sarah Webb"; "Ms Webb" for "Ms Sarah Webb" (the same title: "Mrs Webb" may be his mother),
            // but never a bare "Webb"
            return kn.size() > 1 && (ct == null && cn.get(0).equals(kn.get(0))
                    || ct != null && ct.equals(kt) && cn.get(0).equals(kn.get(kn.size() - 1)));
        }
        return kn.size() > 1 && cn.get(0).equals(kn.get(0)) && cn.get(cn.size() - 1).equals(kn.get(kn.size() - 1));
    }

    private static String title(List<String> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        String first = tokens.get(0);
        return MALE.contains(first) || FEMALE.contains(first) || OTHER_TITLES.contains(first) ? first : null;
    }

    private static List<String> tokens(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'\\- ]", " ").strip().split("\\s+"))
                .filter(t -> !t.isEmpty()).toList();
    }
}
