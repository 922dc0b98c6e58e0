package org.nmoregister.breaches.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "dip_sample")
class DipSampleEntity {

    @Id
    UUID id;
    @Column(name = "force_id")
    UUID forceId;
    @Column(name = "week_start")
    LocalDate weekStart;
    long seed;
    BigDecimal share;
    int population;
    @Column(name = "drawn_at")
    Instant drawnAt;
    @Column(name = "drawn_by")
    String drawnBy;

    protected DipSampleEntity() {
    }

    DipSampleEntity(UUID forceId, LocalDate weekStart, long seed, BigDecimal share, int population, Instant drawnAt,
                    String drawnBy) {
        this.id = UUID.randomUUID();
        this.forceId = forceId;
        this.weekStart = weekStart;
        this.seed = seed;
        this.share = share;
        this.population = population;
        this.drawnAt = drawnAt;
        this.drawnBy = drawnBy;
    }
}
