package org.nmoregister.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.nmoregister.platform.DateWindow;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every JSON request body is held to, whatever endpoint it is for: an unknown (often misspelt) field is refused
 * rather than ignored, no text holds a NUL character (PostgreSQL cannot store one) or more than
 * {@link #MAX_TEXT_LENGTH} characters, and no date falls outside {@link #EARLIEST}..{@link #LATEST}, which every
 * date the register keeps lies within and which every column and every calculation can hold. Each is a 400 naming
 * the field (see {@link ApiProblemHandler}); narrower limits per field are Bean Validation constraints on the request
 * records, checked by {@link RequestBodyValidation}.
 *
 * <p>Only request bodies are held to this. The application's own {@link JsonMapper} (which also reads stored JSON)
 * is left lenient, so a record written before a rule existed stays readable.
 */
@Configuration(proxyBeanMethods = false)
public class ApiRequestBodies {

    /** The most characters in any one text value of a request body; narrower limits are set per field. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    public static final LocalDate EARLIEST = DateWindow.EARLIEST;
    public static final LocalDate LATEST = DateWindow.LATEST;
    static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    static final Instant LATEST_INSTANT = LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    // After Spring Boot's own customizer (order 0), so this converter is the one request bodies are read with.
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictRequestBodies(JsonMapper jsonMapper) {
        JsonMapper strict = strict(jsonMapper);
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    /** The given mapper, refusing unknown fields, NUL characters, over-long text and dates out of range. */
    public static JsonMapper strict(JsonMapper jsonMapper) {
        return jsonMapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new SimpleModule("nmo-request-limits")
                        .addDeserializer(String.class, new CheckedText())
                        .addDeserializer(Instant.class, new CheckedInstant())
                        .addDeserializer(LocalDate.class, new CheckedDate()))
                .build();
    }

    static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String value = super.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            if (value.length() > MAX_TEXT_LENGTH) {
                throw InvalidFormatException.from(p, "is longer than " + MAX_TEXT_LENGTH + " characters",
                        null, String.class);
            }
            if (value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(p, "contains a NUL character (\\u0000), which text cannot hold",
                        null, String.class);
            }
            return value;
        }
    }

    static final class CheckedInstant extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            Instant value = InstantDeserializer.INSTANT.deserialize(p, ctxt);
            if (value != null && (value.isBefore(EARLIEST_INSTANT) || !value.isBefore(LATEST_INSTANT))) {
                throw InvalidFormatException.from(p, outOfRange(), value.toString(), Instant.class);
            }
            return value;
        }
    }

    static final class CheckedDate extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
                throw InvalidFormatException.from(p, outOfRange(), value.toString(), LocalDate.class);
            }
            return value;
        }
    }

    private static String outOfRange() {
        return "is outside the dates the register holds (" + EARLIEST + " to " + LATEST + ")";
    }
}
