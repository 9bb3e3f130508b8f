package nl.klachtroute.findings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import nl.klachtroute.support.problem.ApiProblemHandler;

/**
 * Once a controller method has a constraint on a path variable, header or parameter, Spring validates
 * the whole method and reports a bad body as {@link HandlerMethodValidationException}, which the shared
 * problem handler leaves without the field at fault. This gives it the same shape as support's
 * validation problem: type {@code validation}, {@code field} and {@code errors}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MethodValidationProblems {

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                for (FieldError error : body.getFieldErrors()) {
                    errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
                }
            } else {
                String name = nameOf(result.getMethodParameter());
                result.getResolvableErrors().forEach(error -> errors.add(
                        Map.of("field", name, "message", String.valueOf(error.getDefaultMessage()))));
            }
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        body.setType(ApiProblemHandler.type("validation"));
        body.setTitle("Invalid request");
        if (!errors.isEmpty()) {
            body.setProperty("field", errors.get(0).get("field"));
        }
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    private static String nameOf(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        return String.valueOf(parameter.getParameterName());
    }
}
