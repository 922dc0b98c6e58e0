package org.nmoregister.intake.bulk.internal;

import java.util.ArrayList;
import java.util.List;
import org.nmoregister.intake.bulk.RowReport;
import org.nmoregister.intake.bulk.RowReport.RowError;
import org.nmoregister.orders.OrderChange;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.RecordedChange;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one valid row whole or not at all: the register records it ({@link OrderRegister#record}: the order as
 * version 1, its service and its discharge, or nothing when the force already holds it) in one transaction of its
 * own, so a failure at any step leaves nothing of the row behind, and rows before it stay.
 * A dry run does the very same work, so the register's own checks are applied too, and then rolls it back.
 */
@Component
class RowImporter {

    private static final Logger log = LoggerFactory.getLogger(RowImporter.class);

    private final OrderRegister orders;
    private final TransactionTemplate transaction;

    RowImporter(OrderRegister orders, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    RowReport importRow(ParsedRow row, String source, boolean dryRun) {
        try {
            return transaction.execute(status -> {
                RecordedChange recorded = orders.record(new OrderChange.ImportedRow(row.order(), row.service(),
                        row.dischargedAt(), "Imported from " + source + ", row " + row.rowNumber()));
                if (!recorded.recorded()) {
                    return new RowReport(row.rowNumber(), row.caseNumber(), RowReport.Outcome.SKIPPED, null,
                            List.of());
                }
                if (dryRun) {
                    status.setRollbackOnly();
                    return new RowReport(row.rowNumber(), row.caseNumber(), RowReport.Outcome.VALID, null, List.of());
                }
                return new RowReport(row.rowNumber(), row.caseNumber(), RowReport.Outcome.IMPORTED, recorded.orderId(),
                        List.of());
            });
        } catch (InvalidRequestException e) {
            List<RowError> errors = new ArrayList<>();
            e.errors().forEach(error -> errors.add(new RowError(column(error.field()), error.reason())));
            return refused(row, errors);
        } catch (ConflictException e) {
            return refused(row, List.of(new RowError("case_number", e.getMessage())));
        } catch (RuntimeException e) {
            log.warn("Import of {} row {} failed", source, row.rowNumber(), e);
            return refused(row, List.of(new RowError("row", "could not be stored, nothing of it was imported: "
                    + e.getMessage())));
        }
    }

    /** The register names fields as its API does (madeAt, service[0].servedAt); the report names the columns. */
    static String column(String field) {
        if (field == null) {
            return "row";
        }
        String plain = field.replaceAll("\\[\\d+]", "");
        return switch (plain) {
            case "court" -> "court";
            case "caseNumber" -> "case_number";
            case "orderType" -> "order_type";
            case "madeAt" -> "made_at";
            case "endsAt", "duration" -> "ends_at";
            case "returnHearing.at", "returnHearing" -> "return_hearing_at";
            case "returnHearing.court" -> "return_hearing_court";
            case "applicant", "applicant.name" -> "applicant_name";
            case "applicant.dateOfBirth" -> "applicant_dob";
            case "respondent", "respondent.name" -> "respondent_name";
            case "respondent.dateOfBirth" -> "respondent_dob";
            case "children.name", "children.dateOfBirth", "children" -> "children";
            case "terms", "terms.number" -> "terms";
            case "servedAt", "service.servedAt", "service" -> "served_at";
            case "method", "service.method" -> "service_method";
            case "dischargedAt", "effectiveFrom" -> "discharged_at";
            default -> field;
        };
    }

    private static RowReport refused(ParsedRow row, List<RowError> errors) {
        return new RowReport(row.rowNumber(), row.caseNumber(), RowReport.Outcome.ERROR, null, errors);
    }
}
