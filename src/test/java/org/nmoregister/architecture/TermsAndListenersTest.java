package org.nmoregister.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.security.SystemActions;
import org.nmoregister.terms.TermsChecker;
import org.nmoregister.terms.TermsReader;
import org.nmoregister.terms.internal.ClauseParser;
import org.nmoregister.terms.internal.EnforceabilityChecks;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Terms are read once, by the orders module through the terms module's reader, and listeners act on what their
 * event says: none reads back the order it was told about or acts as a user (issue 11).
 */
class TermsAndListenersTest {

    static final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nmoregister");

    @Test
    void noModuleOutsideTermsConstructsTheParser() {
        for (Class<?> parser : List.of(TermsChecker.class, TermsReader.class, ClauseParser.class,
                EnforceabilityChecks.class)) {
            noClasses().that().resideOutsideOfPackage("org.nmoregister.terms..")
                    .should().callConstructor(parser)
                    .because("a version's terms are read once, when it is recorded, and stored with it")
                    .check(main);
        }
    }

    @Test
    void onlyOrdersReadsWordingTheRestReceiveTheClauses() {
        noClasses().that().resideOutsideOfPackages("org.nmoregister.terms..", "org.nmoregister.orders..")
                .should().callMethod(TermsReader.class, "read", java.util.Map.class)
                .orShould().accessClassesThat().areAssignableTo(TermsChecker.class)
                .because("quality, flags, breaches and lookup judge the clauses stored with the version")
                .check(main);
    }

    @Test
    void noListenerActsAsAUserOrReadsBackTheOrder() {
        List<String> listeners = new ArrayList<>();
        List<String> offences = new ArrayList<>();
        for (var javaClass : main) {
            for (JavaMethod method : javaClass.getMethods()) {
                if (!isListener(method) || !method.getParameters().stream().anyMatch(p ->
                        p.getRawType().getPackageName().startsWith("org.nmoregister"))) {
                    continue; // start-up hooks (ApplicationReadyEvent) are not told about an order
                }
                listeners.add(javaClass.getSimpleName() + "." + method.getName());
                for (JavaMethodCall call : reachable(method)) {
                    var owner = call.getTargetOwner();
                    if (owner.isAssignableTo(SystemActions.class) || owner.isAssignableTo(OrderRegister.class)) {
                        offences.add(javaClass.getSimpleName() + "." + method.getName() + " -> "
                                + owner.getSimpleName() + "." + call.getName());
                    }
                }
            }
        }
        assertThat(listeners).contains("QualityService.on", "MarkerService.on");
        assertThat(offences).isEmpty();
    }

    private static boolean isListener(JavaMethod method) {
        return method.isAnnotatedWith(ApplicationModuleListener.class) || method.isAnnotatedWith(EventListener.class)
                || method.isAnnotatedWith(TransactionalEventListener.class);
    }

    /** The calls the listener makes, and those of the methods of its own class it calls, however deep. */
    private static List<JavaMethodCall> reachable(JavaMethod listener) {
        List<JavaMethodCall> calls = new ArrayList<>();
        Set<JavaMethod> seen = new HashSet<>();
        ArrayDeque<JavaMethod> todo = new ArrayDeque<>(List.of(listener));
        while (!todo.isEmpty()) {
            JavaMethod m = todo.pop();
            if (!seen.add(m)) {
                continue;
            }
            for (JavaMethodCall call : m.getMethodCallsFromSelf()) {
                calls.add(call);
                if (call.getTargetOwner().equals(listener.getOwner())) {
                    call.getTarget().resolveMember().ifPresent(todo::push);
                }
            }
            // lambdas in the method body are synthetic methods of the same class
            m.getOwner().getMethods().stream()
                    .filter(other -> other.getName().startsWith("lambda$" + m.getName() + "$"))
                    .forEach(todo::push);
        }
        return calls;
    }
}
