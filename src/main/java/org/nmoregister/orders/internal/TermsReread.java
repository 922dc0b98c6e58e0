package org.nmoregister.orders.internal;

import java.util.Set;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.platform.TextLimits;
import org.nmoregister.security.Role;
import org.nmoregister.security.SystemActions;
import org.nmoregister.terms.TermsReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The re-read command (docs/terms.md, "When the parser improves"): started with
 * {@code --nmo.terms.reread.reason="..."}, it re-reads every stored version read with older rules than
 * {@link TermsReader#PARSER_VERSION} and writes one access-log entry per force saying how many versions it re-read,
 * with which rules and why. A re-read changes what quality, flags and the breach check see for those versions from
 * then on, so it is a deliberate act with a reason, never automatic.
 */
@Component
class TermsReread implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TermsReread.class);

    private final VersionRereader rereader;
    private final SystemActions system;
    private final AccessLog accessLog;
    private final String reason;
    private final TransactionTemplate transactions;

    TermsReread(VersionRereader rereader, SystemActions system, AccessLog accessLog, TransactionTemplate transactions,
                @Value("${nmo.terms.reread.reason:}") String reason) {
        this.transactions = transactions;
        this.rereader = rereader;
        this.system = system;
        this.accessLog = accessLog;
        this.reason = reason;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (reason == null || reason.isBlank()) {
            return;
        }
        reread(reason);
    }

    int reread(String why) {
        TextLimits.atMost("nmo.terms.reread.reason", why, 2000);
        var read = rereader.readAll(true);
        // written in a transaction, so the entry is in the log when the command ends, not batched for later
        read.forEach((forceId, count) -> system.runAs(forceId, "terms-reread", Set.of(Role.POINT_OF_CONTACT), () ->
                transactions.execute(status -> {
                    accessLog.record(AccessAction.CHANGE, "order", "terms-reread", why.strip(), "Re-read the terms of "
                            + count + " order versions with reading rules version " + TermsReader.PARSER_VERSION);
                    return null;
                })));
        int total = read.values().stream().mapToInt(Integer::intValue).sum();
        log.info("Re-read the terms of {} order versions with reading rules version {}", total,
                TermsReader.PARSER_VERSION);
        return total;
    }
}
