package org.nmoregister.security.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nmoregister.security.Accounts;
import org.nmoregister.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The demo profile's forces and accounts: {@code northshire} and {@code southvale}, each with one user of every
 * role named {@code <role>.<force>}. Created at start-up when {@code nmo.demo.enabled} is true, and left alone if
 * they exist already.
 */
@Component
public class DemoAccounts implements SmartInitializingSingleton {

    /** User-name prefix for each role, as the README and the sign-in page list them. */
    static final Map<String, Role> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("poc", Role.POINT_OF_CONTACT);
        PREFIXES.put("officer", Role.OFFICER);
        PREFIXES.put("control", Role.CONTROL_ROOM);
        PREFIXES.put("safeguarding", Role.SAFEGUARDING);
        PREFIXES.put("supervisor", Role.SUPERVISOR);
        PREFIXES.put("analyst", Role.ANALYST);
        PREFIXES.put("admin", Role.ADMIN);
        PREFIXES.put("court-feed", Role.COURT_FEED);
        PREFIXES.put("neighbourhood", Role.NEIGHBOURHOOD);
        PREFIXES.put("monitoring-feed", Role.MONITORING_FEED);
    }

    static final Map<String, String> FORCES = Map.of("northshire", "Northshire Police", "southvale", "Southvale Constabulary");
    static final Map<String, List<String>> DISTRICTS = Map.of(
            "northshire", List.of("Northshire Central", "Northshire East", "Northshire West"),
            "southvale", List.of("Southvale City", "Southvale Rural"));

    private final Accounts accounts;
    private final boolean enabled;
    private final String password;

    DemoAccounts(Accounts accounts, @Value("${nmo.demo.enabled:false}") boolean enabled,
                 @Value("${nmo.demo.password:demo}") String password) {
        this.accounts = accounts;
        this.enabled = enabled;
        this.password = password;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean passwordIsDefault() {
        return "demo".equals(password);
    }

    public List<String> usernames() {
        List<String> names = new ArrayList<>();
        for (String force : List.of("northshire", "southvale")) {
            PREFIXES.keySet().forEach(prefix -> names.add(prefix + "." + force));
        }
        return names;
    }

    /**
     * Runs once every bean is ready but before the web server opens, so the accounts the sign-in page lists exist
     * when it first answers, and before the demo orders are loaded (they need the forces).
     */
    @Override
    public void afterSingletonsInstantiated() {
        createDemoAccounts();
    }

    public void createDemoAccounts() {
        if (!enabled) {
            return;
        }
        for (String force : List.of("northshire", "southvale")) {
            accounts.ensureForce(force, FORCES.get(force), DISTRICTS.get(force));
            PREFIXES.forEach((prefix, role) -> accounts.ensureUser(prefix + "." + force,
                    displayName(prefix, force), force, password, Set.of(role)));
        }
    }

    private static String displayName(String prefix, String force) {
        String role = switch (prefix) {
            case "poc" -> "Point of contact";
            case "control" -> "Control room";
            case "court-feed" -> "Court feed";
            case "monitoring-feed" -> "Monitoring feed";
            default -> Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1);
        };
        return role + ", " + FORCES.get(force);
    }
}
