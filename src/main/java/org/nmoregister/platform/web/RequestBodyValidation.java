package org.nmoregister.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Type;
import java.util.Comparator;
import org.nmoregister.platform.InvalidRequestException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks every request body against its record's constraints (text lengths, date windows), whether or not the
 * controller asked for validation, so no endpoint can forget to; a breach is 400 naming each field at fault.
 */
@ControllerAdvice
public class RequestBodyValidation extends RequestBodyAdviceAdapter {

    private final Validator validator;

    public RequestBodyValidation(Validator validator) {
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        if (body == null) {
            return null;
        }
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.stream()
                    .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> field(v)))
                    .map(v -> new InvalidRequestException.FieldError(field(v), v.getMessage()))
                    .toList());
        }
        return body;
    }

    /** The field's path as the sender wrote it: {@code terms[2]}, not {@code terms[2].<list element>}. */
    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    }
}
