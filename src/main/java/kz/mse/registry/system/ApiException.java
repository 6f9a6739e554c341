package kz.mse.registry.system;

import org.springframework.http.HttpStatus;

/**
 * A request that is well-formed but cannot be served: unknown id (404), not allowed now (409),
 * or invalid in a way only the service can see (400, naming the field).
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String field;

  protected ApiException(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, null, message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(HttpStatus.CONFLICT, null, message);
  }

  public static ApiException badInput(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, field, message);
  }

  public HttpStatus status() {
    return status;
  }

  /** The offending field for a 400, or null. */
  public String field() {
    return field;
  }
}
