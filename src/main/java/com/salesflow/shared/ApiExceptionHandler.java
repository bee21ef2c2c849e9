package com.salesflow.shared;

import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors of our REST API into {@code application/problem+json} (RFC 9457) with {@code status}, {@code title},
 * {@code detail} and, for bad input, {@code errors: [{field, code, message}]} (CONTRACTS.md); a 409 also carries the
 * {@code code} of the conflict, so that a client can show its own text.
 */
@RestControllerAdvice(basePackages = "com.salesflow")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return Problems.validation(e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return Problems.conflict(e.code(), e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException e) {
        return Problems.conflict(ConflictException.STALE,
                "Someone else changed this record meanwhile; reload and try again.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "You are not allowed to do this.");
    }

    /** The engine refused: a rule of a process model (such as separation of duties) or an engine grant. */
    @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
    ProblemDetail engineRefused(org.camunda.bpm.engine.AuthorizationException e) {
        return Problems.of(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidInputException.FieldError(error.getField(), error.getCode(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.validation(errors));
    }

    /** Builds the problem documents, also for the security filters that answer before MVC. */
    static final class Problems {

        private Problems() {
        }

        static ProblemDetail of(HttpStatus status, String detail) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(status.getReasonPhrase());
            return problem;
        }

        static ProblemDetail conflict(String code, String detail) {
            ProblemDetail problem = of(HttpStatus.CONFLICT, detail);
            problem.setProperty("code", code);
            return problem;
        }

        static ProblemDetail validation(List<InvalidInputException.FieldError> errors) {
            ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "The input is not valid.");
            problem.setProperty("errors", errors.stream()
                    .map(error -> Map.of("field", error.field(), "code", String.valueOf(error.code()), "message", error.message()))
                    .toList());
            return problem;
        }
    }
}
