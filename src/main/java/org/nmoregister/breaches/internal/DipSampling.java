package org.nmoregister.breaches.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nmoregister.audit.AccessAction;
import org.nmoregister.audit.AccessLog;
import org.nmoregister.breaches.review.DipFinding;
import org.nmoregister.breaches.review.DipSampler;
import org.nmoregister.platform.ConflictException;
import org.nmoregister.platform.InvalidRequestException;
import org.nmoregister.platform.NotFoundException;
import org.nmoregister.security.CurrentUser;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly dip-sampling of domestic-abuse breach records (seed 000: dip-sampling to ensure learning and improving
 * services). A supervisor draws a week's sample once; the seed is recorded so the draw can be repeated and shown to
 * be random; reviewers record a finding on each record; the report counts findings by week.
 */
@Service
public class DipSampling {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DipSampleRepository samples;
    private final DipSampleItemRepository items;
    private final BreachFiles breaches;
    private final BreachRecords records;
    private final CurrentUsers currentUsers;
    private final AccessLog accessLog;
    private final Clock clock;
    private final org.nmoregister.orders.Confidentiality confidentiality;
    private final BreachProperties properties;
    private final SecureRandom seeds = new SecureRandom();

    DipSampling(DipSampleRepository samples, DipSampleItemRepository items, BreachFiles breaches,
                BreachRecords records,
                CurrentUsers currentUsers, AccessLog accessLog, Clock clock, BreachProperties properties,
                org.nmoregister.orders.Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
        this.samples = samples;
        this.items = items;
        this.breaches = breaches;
        this.records = records;
        this.currentUsers = currentUsers;
        this.accessLog = accessLog;
        this.clock = clock;
        this.properties = properties;
    }

    public record Sample(UUID id, LocalDate weekStart, long seed, BigDecimal share, int population, Instant drawnAt,
                         String drawnBy, List<Item> items) {

        public long reviewed() {
            return items.stream().filter(i -> i.finding() != null).count();
        }
    }

    public record Item(UUID reportId, BreachSummary breach, DipFinding finding, String notes, Instant reviewedAt,
                       String reviewedBy) {
    }

    /** Findings by week, for the report. */
    public record WeekFindings(UUID sampleId, LocalDate weekStart, int population, int sampled, Map<DipFinding, Integer> findings,
                               int awaitingReview) {
    }

    /** The Monday of the week {@code day} falls in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The last complete week: the one a supervisor samples on Monday morning. */
    public LocalDate lastCompleteWeek() {
        return weekOf(LocalDate.ofInstant(clock.instant(), UK)).minusWeeks(1);
    }

    /** Draws the sample for the week starting {@code weekStart} (a Monday); refused if already drawn. */
    @Transactional
    public UUID draw(LocalDate weekStart) {
        CurrentUser user = currentUsers.require();
        if (weekStart == null || weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidRequestException("weekStart", "give the Monday the week starts on");
        }
        if (weekStart.isAfter(lastCompleteWeek())) {
            throw new InvalidRequestException("weekStart", "the week has not ended yet: sample complete weeks");
        }
        if (samples.findByForceIdAndWeekStart(user.forceId(), weekStart).isPresent()) {
            throw new ConflictException("The sample for the week of " + weekStart + " has already been drawn");
        }
        Instant from = weekStart.atStartOfDay(UK).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(UK).toInstant();
        List<UUID> population = breaches.reportsBetween(from, to).stream().filter(r -> r.domesticAbuse)
                .map(r -> r.id).toList();
        long seed = seeds.nextLong();
        double share = properties.dipSampleShare();
        DipSampleEntity sample = samples.save(new DipSampleEntity(user.forceId(), weekStart, seed,
                BigDecimal.valueOf(share), population.size(), clock.instant(), user.username()));
        for (UUID reportId : DipSampler.draw(population, share, seed)) {
            items.save(new DipSampleItemEntity(sample.id, reportId));
        }
        accessLog.record(AccessAction.SEARCH, "dip-sample", sample.id.toString(), null, "Dip sample drawn for the "
                + "week of " + weekStart + ": " + population.size() + " records, seed " + seed);
        return sample.id;
    }

    @Transactional
    public Sample read(UUID sampleId) {
        DipSampleEntity sample = owned(sampleId);
        List<DipSampleItemEntity> drawn = items.findByKeySampleId(sampleId);
        var summaries = breaches.summaries(drawn.stream().map(i -> records.owned(i.key.reportId())).toList());
        var byId = new java.util.HashMap<UUID, BreachSummary>();
        summaries.forEach(s -> byId.put(s.id(), s));
        accessLog.record(AccessAction.VIEW, "dip-sample", sampleId.toString(), null,
                "Dip sample for the week of " + sample.weekStart);
        // A reviewer's notes are about many breaches: every C8 value of the force is withheld from the analyst.
        return confidentiality.forCurrentUserAcrossForce(new Sample(sample.id, sample.weekStart, sample.seed,
                sample.share, sample.population, sample.drawnAt, sample.drawnBy, drawn.stream().map(i -> new Item(
                        i.key.reportId(), byId.get(i.key.reportId()), i.finding, i.notes, i.reviewedAt,
                        i.reviewedBy)).toList()));
    }

    @Transactional
    public void recordFinding(UUID sampleId, UUID reportId, DipFinding finding, String notes) {
        owned(sampleId);
        DipSampleItemEntity item = items.findById(new DipSampleItemEntity.Key(sampleId, reportId))
                .orElseThrow(() -> new NotFoundException("That breach is not in this sample"));
        if (finding == null) {
            throw new InvalidRequestException("finding", "choose a finding");
        }
        if (finding != DipFinding.SATISFACTORY && finding != DipFinding.GOOD_PRACTICE
                && (notes == null || notes.isBlank())) {
            throw new InvalidRequestException("notes", "say what the learning or the inadequacy is");
        }
        item.finding = finding;
        item.notes = notes == null || notes.isBlank() ? null : notes.strip();
        item.reviewedAt = clock.instant();
        item.reviewedBy = currentUsers.require().username();
        items.save(item);
        accessLog.record(AccessAction.CHANGE, "breach", reportId.toString(), null, "Dip-sample finding: " + finding);
    }

    /** How many weeks the force has sampled: the length of the paged report. */
    @Transactional(readOnly = true)
    public long weeksSampled() {
        return samples.countByForceId(currentUsers.require().forceId());
    }

    /** Page {@code page} (from 0) of the force's samples, {@code size} a page, newest first, findings counted. */
    @Transactional(readOnly = true)
    public List<WeekFindings> report(int page, int size) {
        return findings(samples.findByForceIdOrderByWeekStartDesc(currentUsers.require().forceId(),
                org.springframework.data.domain.PageRequest.of(page, size)));
    }

    /** The force's samples, newest first, with their findings counted. */
    @Transactional(readOnly = true)
    public List<WeekFindings> report() {
        return findings(samples.findTop52ByForceIdOrderByWeekStartDesc(currentUsers.require().forceId()));
    }

    private List<WeekFindings> findings(List<DipSampleEntity> sampled) {
        return sampled.stream().map(s -> {
            List<DipSampleItemEntity> drawn = items.findByKeySampleId(s.id);
            Map<DipFinding, Integer> counts = new EnumMap<>(DipFinding.class);
            for (DipFinding f : DipFinding.values()) {
                counts.put(f, 0);
            }
            drawn.stream().filter(i -> i.finding != null).forEach(i -> counts.merge(i.finding, 1, Integer::sum));
            int awaiting = (int) drawn.stream().filter(i -> i.finding == null).count();
            return new WeekFindings(s.id, s.weekStart, s.population, drawn.size(), counts, awaiting);
        }).toList();
    }

    /** The id of the sample drawn for a week, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> sampleFor(LocalDate weekStart) {
        return samples.findByForceIdAndWeekStart(currentUsers.require().forceId(), weekStart).map(s -> s.id);
    }

    private DipSampleEntity owned(UUID sampleId) {
        return samples.findByIdAndForceId(sampleId, currentUsers.require().forceId())
                .orElseThrow(() -> new NotFoundException("Dip sample " + sampleId + " was not found"));
    }
}
