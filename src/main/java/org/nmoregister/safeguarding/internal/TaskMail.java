package org.nmoregister.safeguarding.internal;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.nmoregister.orders.Confidentiality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mails about safeguarding tasks to the people who do them (a district's team, a supervisor), through the SMTP
 * server the register already uses ({@code spring.mail.*}). A message says what is waiting and links to it; it names
 * no one, and whatever it says passes through the order's masking rule first, because mail leaves the register.
 * Nothing here ever writes to a victim: contact with a victim is made by a person, by the route the victim chose.
 */
@Component
public class TaskMail {

    private static final Logger log = LoggerFactory.getLogger(TaskMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final Confidentiality confidentiality;
    private final TaskHistoryRepository history;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    TaskMail(ObjectProvider<JavaMailSender> mail, Confidentiality confidentiality, TaskHistoryRepository history,
             Clock clock, @Value("${nmo.safeguarding.mail.from:safeguarding@nmo-register.invalid}") String from,
             @Value("${nmo.safeguarding.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.confidentiality = confidentiality;
        this.history = history;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The task's page as an address people can open from their mail. */
    public String link(TaskEntity task) {
        return baseUrl + "/safeguarding/tasks/" + task.id;
    }

    /**
     * Sends the message and records it in the task's history. A missing address or mail server, or a failure to
     * send, leaves the task as it is (it stays on the workbench): mail announces work, it is not the work.
     *
     * @return whether it was handed to the mail server
     */
    public boolean send(TaskEntity task, String to, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            return false;
        }
        var values = confidentiality.valuesOf(task.orderId);
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(values.redact(subject));
            helper.setText(values.redact(body + "\n\n" + link(task) + "\n"));
            sender.send(message);
        } catch (MailException | jakarta.mail.MessagingException e) {
            log.warn("Safeguarding task {} could not be e-mailed to {}: {}", task.id, to, e.getMessage());
            return false;
        }
        history.save(new TaskHistoryEntity(task.id, clock.instant(), Tasks.SYSTEM, TaskAction.NOTIFIED,
                "To " + to + ": " + values.redact(subject)));
        return true;
    }
}
