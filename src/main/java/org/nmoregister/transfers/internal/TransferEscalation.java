package org.nmoregister.transfers.internal;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.nmoregister.orders.ConfidentialValues;
import org.nmoregister.orders.Confidentiality;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.security.Force;
import org.nmoregister.security.ForceDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transfer request still pending after the configured number of working days ({@code
 * nmo.transfers.escalate-after-working-days}, 5 by default; weekends and England and Wales bank holidays do not
 * count) is escalated once to the supervisors of both forces: "in cases of doubt, escalate" (seed 000). The sweep runs
 * on one instance at a time (ShedLock); the request's {@code escalated_at} is set in the same transaction as the
 * sweep reads it, so it is escalated once. The e-mail names no one and no address, and passes through the order's
 * masking rule because mail leaves the register.
 */
@Component
public class TransferEscalation {

    private static final Logger log = LoggerFactory.getLogger(TransferEscalation.class);

    private final Transfers transfers;
    private final TransferRepository repository;
    private final ForceDirectory forces;
    private final Confidentiality confidentiality;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final int workingDays;
    private final String mailbox;
    private final String from;
    private final String baseUrl;

    TransferEscalation(Transfers transfers, TransferRepository repository, ForceDirectory forces,
                       Confidentiality confidentiality, ObjectProvider<JavaMailSender> mail, Clock clock,
                       @Value("${nmo.transfers.escalate-after-working-days:5}") int workingDays,
                       @Value("${nmo.transfers.supervisors-mailbox:supervisors@{force}.police.example}")
                       String mailbox,
                       @Value("${nmo.transfers.mail.from:transfers@nmo-register.invalid}") String from,
                       @Value("${nmo.transfers.mail.base-url:http://localhost:8080}") String baseUrl) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("nmo.transfers.escalate-after-working-days must be at least 1");
        }
        this.transfers = transfers;
        this.repository = repository;
        this.forces = forces;
        this.confidentiality = confidentiality;
        this.mail = mail;
        this.clock = clock;
        this.workingDays = workingDays;
        this.mailbox = mailbox;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(fixedDelayString = "${nmo.transfers.escalation-interval:PT15M}",
            initialDelayString = "${nmo.transfers.escalation-initial-delay:PT2M}")
    @SchedulerLock(name = "transfers-escalation", lockAtMostFor = "PT30M")
    void sweep() {
        escalateOverdue();
    }

    /** Escalates every request now overdue and not yet escalated; returns how many. */
    @Transactional
    public int escalateOverdue() {
        Instant now = clock.instant();
        // N working days are at least N calendar days: older requests are the only candidates
        List<TransferEntity> candidates = transfers.pendingNotEscalatedBefore(now.minus(Duration.ofDays(workingDays)));
        int escalated = 0;
        for (TransferEntity transfer : candidates) {
            if (!TransferRules.escalationDue(transfer.status, transfer.requestedAt, transfer.escalatedAt, now,
                    workingDays)) {
                continue;
            }
            transfer.escalatedAt = now;
            repository.saveAndFlush(transfer);
            Force sender = forces.require(transfer.fromForceId);
            Force receiver = forces.require(transfer.toForceId);
            ConfidentialValues values = confidentiality.valuesOf(transfer.orderId);
            String subject = "Transfer request waiting more than " + workingDays + " working days: "
                    + transfer.reference;
            String body = "A request to transfer the case " + transfer.reference + " from " + sender.name() + " to "
                    + receiver.name() + " was made on " + UkTime.written(transfer.requestedAt) + " and has not been "
                    + "accepted or declined.\n\nUntil the receiving force accepts it, " + sender.name()
                    + " owns the case and keeps every flag. Please make sure someone at " + receiver.name()
                    + " decides.\n\n" + baseUrl + "/transfers/" + transfer.id + "\n";
            send(address(sender), values.redact(subject), values.redact(body));
            send(address(receiver), values.redact(subject), values.redact(body));
            escalated++;
        }
        return escalated;
    }

    String address(Force force) {
        return mailbox.replace("{force}", force.code());
    }

    private void send(String to, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server: transfer escalation to {} not sent", to);
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            sender.send(message);
        } catch (MailException | jakarta.mail.MessagingException e) {
            log.warn("Transfer escalation could not be e-mailed to {}: {}", to, e.getMessage());
        }
    }
}
