package kz.mse.registry.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of {@code /api/**} as RFC 9457 {@code application/problem+json}; validation
 * problems list each bad field as {@code errors: [{field, message}]}. Bad input never yields a
 * 500 and no response ever carries a stack trace. Not limited to our controllers: a path
 * nobody maps (404) or a method a path does not take (405) is resolved before any controller
 * is chosen and gets the same body.
 */
@RestControllerAdvice
class ProblemDetailsAdvice {

  static final String FORBIDDEN_ROLE = "Your role may not use this endpoint";
  static final String UNAUTHENTICATED = "Authentication required: use HTTP Basic";
  static final String REJECTED_REQUEST =
      "The request's URL or its parameters contain characters that are not allowed";

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  record FieldProblem(String field, String message) {}

  @ExceptionHandler(BindException.class)
  ResponseEntity<ProblemDetail> invalidBody(BindException ex, HttpServletRequest request) {
    List<FieldProblem> errors = ex.getBindingResult().getAllErrors().stream()
        .map(error -> new FieldProblem(
            error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName(),
            error.getDefaultMessage()))
        .toList();
    return badRequest(request, errors);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex,
      HttpServletRequest request) {
    List<FieldProblem> errors = ex.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream()
            .map(error -> new FieldProblem(fieldName(result.getMethodParameter().getParameterName(),
                error), error.getDefaultMessage())))
        .toList();
    return badRequest(request, errors);
  }

  private static String fieldName(String parameter, Object error) {
    return error instanceof FieldError fieldError ? fieldError.getField() : parameter;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex,
      HttpServletRequest request) {
    List<FieldProblem> errors = ex.getConstraintViolations().stream()
        .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
        .toList();
    return badRequest(request, errors);
  }

  private static String lastNode(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex,
      HttpServletRequest request) {
    if (ex.getMostSpecificCause() instanceof RequestBodyLimit.TooLargeException tooLarge) {
      return respond(problem(HttpStatus.PAYLOAD_TOO_LARGE,
          "The request body may be at most " + tooLarge.maxBytes + " bytes", request));
    }
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return badRequest(request, List.of(new FieldProblem(path(mapping), describe(mapping))));
    }
    return badRequest(request, List.of(new FieldProblem("body", "Malformed JSON request body")));
  }

  private static String path(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(JsonMappingException mapping) {
    if (mapping instanceof StrictJson.ControlCharacterException) {
      return mapping.getOriginalMessage();
    }
    if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
      Class<?> type = invalid.getTargetType();
      if (type.isEnum()) {
        return "must be one of " + Arrays.stream(type.getEnumConstants())
            .map(Object::toString).collect(Collectors.joining(", "));
      }
      return "'" + invalid.getValue() + "' is not a valid " + type.getSimpleName();
    }
    return "has the wrong type or format";
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex,
      HttpServletRequest request) {
    String expected = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
    return badRequest(request, List.of(new FieldProblem(ex.getName(),
        "'" + ex.getValue() + "' is not a valid " + expected)));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex,
      HttpServletRequest request) {
    return badRequest(request,
        List.of(new FieldProblem(ex.getParameterName(), "is required")));
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException ex, HttpServletRequest request) {
    if (ex.status() == HttpStatus.BAD_REQUEST) {
      return badRequest(request, List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }
    return respond(problem(ex.status(), ex.getMessage(), request));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex, HttpServletRequest request) {
    return respond(problem(HttpStatus.FORBIDDEN, FORBIDDEN_ROLE, request));
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthorized(AuthenticationException ex,
      HttpServletRequest request) {
    return respond(problem(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, request));
  }

  /** The firewall's check of parameter names, run when a form body is first read. */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex, HttpServletRequest request) {
    return respond(problem(HttpStatus.BAD_REQUEST, REJECTED_REQUEST, request));
  }

  /** Spring MVC's own errors (404 no handler, 405, 406, 415, ...) keep their status. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> other(Exception ex, HttpServletRequest request) {
    if (ex instanceof ErrorResponse error) {
      ProblemDetail body = error.getBody();
      instance(request).ifPresent(body::setInstance);
      return respond(body);
    }
    log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
    return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR,
        "The server could not complete the request; it has been logged", request));
  }

  private static ResponseEntity<ProblemDetail> badRequest(HttpServletRequest request,
      List<FieldProblem> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request has invalid fields: "
        + errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")),
        request);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors.stream()
        .map(e -> Map.of("field", String.valueOf(e.field()), "message",
            String.valueOf(e.message())))
        .toList());
    return respond(problem);
  }

  /** An RFC 9457 body with the request's path as its instance (the one shape of every error). */
  static ProblemDetail problem(HttpStatusCode status, String detail,
      HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    instance(request).ifPresent(problem::setInstance);
    return problem;
  }

  /** The request's path, unless it is not a valid URI (then the problem has no instance). */
  private static Optional<URI> instance(HttpServletRequest request) {
    try {
      return Optional.of(new URI(request.getRequestURI()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
