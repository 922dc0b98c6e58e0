package org.nmoregister.people.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of names that are the same name: one table of English given-name equivalents (nicknames and short forms)
 * and one of transliteration variants. A name may be in several groups (Al is Albert, Alan, Alfred and Alexander).
 */
public final class NameTables {

    public static final String GIVEN_NAMES = "/people/given-name-equivalents.txt";
    public static final String TRANSLITERATIONS = "/people/transliteration-variants.txt";

    private final Map<String, int[]> nicknameGroups;
    private final List<String[]> nicknameMembers;
    private final Map<String, int[]> transliterationGroups;
    private final List<String[]> transliterationMembers;

    NameTables(List<String[]> nick, List<String[]> translit) {
        this.nicknameMembers = nick;
        this.transliterationMembers = translit;
        this.nicknameGroups = invert(nick);
        this.transliterationGroups = invert(translit);
    }

    /** The project's tables, loaded once, when first asked for. */
    public static NameTables standard() {
        return Standard.TABLES;
    }

    private static final class Standard {
        static final NameTables TABLES = new NameTables(read(GIVEN_NAMES), read(TRANSLITERATIONS));
    }

    /** Names recorded as the same given name as {@code name} (not including it). */
    public Set<String> nicknamesOf(String name) {
        return members(nicknameGroups, nicknameMembers, name);
    }

    /** Other spellings of {@code name} in the transliteration table (not including it). */
    public Set<String> transliterationsOf(String name) {
        return members(transliterationGroups, transliterationMembers, name);
    }

    public int nicknameGroupCount() {
        return nicknameMembers.size();
    }

    public int nicknameNameCount() {
        return nicknameGroups.size();
    }

    public int transliterationGroupCount() {
        return transliterationMembers.size();
    }

    public List<String[]> transliterationGroups() {
        return transliterationMembers;
    }

    public List<String[]> nicknameGroups() {
        return nicknameMembers;
    }

    private static Set<String> members(Map<String, int[]> index, List<String[]> groups, String name) {
        int[] ids = index.get(name);
        if (ids == null) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int id : ids) {
            for (String m : groups.get(id)) {
                if (!m.equals(name)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static Map<String, int[]> invert(List<String[]> groups) {
        Map<String, int[]> out = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String m : groups.get(g)) {
                int[] old = out.get(m);
                int[] now = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
                now[now.length - 1] = g;
                out.put(m, now);
            }
        }
        return out;
    }

    /** One group a line, names separated by commas; '#' starts a comment. */
    static List<String[]> read(String resource) {
        try (InputStream in = NameTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing name table " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> groups = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                Set<String> names = new LinkedHashSet<>();
                for (String n : line.split(",")) {
                    String f = NameNormaliser.canonical(NameNormaliser.fold(n).replaceAll("[^a-z]", ""));
                    if (!f.isEmpty()) {
                        names.add(f);
                    }
                }
                if (names.size() > 1) {
                    groups.add(names.toArray(String[]::new));
                }
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
