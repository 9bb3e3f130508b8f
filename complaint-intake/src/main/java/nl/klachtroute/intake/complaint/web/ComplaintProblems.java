package nl.klachtroute.intake.complaint.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import nl.klachtroute.intake.complaint.TransitionRefused;
import nl.klachtroute.intake.complaint.application.StaleRevisionException;
import nl.klachtroute.support.problem.ApiProblemHandler;

/**
 * The problems of the complaint API that support's general handler does not know, before it gets them:
 * a refused transition names the current state and the command, a stale If-Match is 412, and a query
 * parameter of the wrong type names the parameter.
 */
@RestControllerAdvice(assignableTypes = { ComplaintController.class, ComplaintCommandController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplaintProblems {

    @ExceptionHandler(TransitionRefused.class)
    ResponseEntity<ProblemDetail> refused(TransitionRefused refused) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        body.setType(ApiProblemHandler.type(refused.slug()));
        body.setTitle("Not possible in the complaint's current state");
        body.setProperty("currentState", refused.status().name());
        body.setProperty("command", refused.command().apiName());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(StaleRevisionException.class)
    ResponseEntity<ProblemDetail> stale(StaleRevisionException stale) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, stale.getMessage());
        body.setType(ApiProblemHandler.type("stale-revision"));
        body.setTitle("The complaint changed since you read it");
        body.setProperty("field", "If-Match");
        body.setProperty("currentRevision", stale.currentRevision());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(Revisions.etag(stale.currentRevision()))
                .body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.getName() + "' has a value of the wrong type or an unknown value");
        body.setType(ApiProblemHandler.type("validation"));
        body.setTitle("Invalid request");
        body.setProperty("field", e.getName());
        return ResponseEntity.badRequest().body(body);
    }
}
