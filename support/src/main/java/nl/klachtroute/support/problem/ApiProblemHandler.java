package nl.klachtroute.support.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of every API as RFC 9457 problem+json, with a stable {@code type} per kind of error and,
 * where one field is at fault, {@code field} (and {@code errors} for several).
 */
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://klachtroute.nl/problems/";

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domain(DomainProblem problem) {
        HttpStatus status = switch (problem.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
        };
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, problem.getMessage());
        body.setType(type(problem.slug()));
        body.setTitle(status.getReasonPhrase());
        if (problem.field() != null) {
            body.setProperty("field", problem.field());
        }
        return ResponseEntity.status(status).body(body);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this in the meantime; reload and try again");
        body.setType(type("concurrent-change"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidFields(ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList());
    }

    /** 400 with every field at fault under {@code errors} and the first one as {@code field}. */
    private static ResponseEntity<Object> invalidFields(List<Map<String, String>> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        body.setType(type("validation"));
        body.setTitle("Invalid request");
        if (!errors.isEmpty()) {
            body.setProperty("field", errors.get(0).get("field"));
        }
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }

    /**
     * Once a controller method has a constraint on a path variable, header or parameter, Spring validates
     * the whole method and reports a bad body this way; same shape as the body validation problem.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
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
        return invalidFields(errors);
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

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body cannot be read");
        body.setType(type("unreadable-body"));
        body.setTitle("Unreadable request body");
        if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            body.setProperty("field", field);
            body.setDetail(databind instanceof UnrecognizedPropertyException
                    ? "Field '" + field + "' is not part of this request; nothing was stored"
                    : "Field '" + field + "' has a value of the wrong type or an unknown value");
        }
        return ResponseEntity.badRequest().body(body);
    }
}
