package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The /api body cap: counted while read, refused at once when declared too large, a 413. */
class RequestBodyLimitTest {

  private final RequestBodyLimit limit = new RequestBodyLimit(10);

  @Test
  void aBodyWithinTheCapIsReadUnchanged() throws Exception {
    assertThat(readThroughFilter(request("0123456789", true))).isEqualTo("0123456789");
  }

  @Test
  void aBodyDeclaredLargerThanTheCapFailsAtOnce() {
    assertThatThrownBy(() -> readThroughFilter(request("01234567890", true)))
        .isInstanceOf(RequestBodyLimit.TooLargeException.class);
  }

  @Test
  void aBodyWithoutALengthFailsOnceItPassesTheCap() {
    assertThatThrownBy(() -> readThroughFilter(request("0123456789abc", false)))
        .isInstanceOf(RequestBodyLimit.TooLargeException.class)
        .hasMessageContaining("larger than 10 bytes");
  }

  @Test
  void theApiAnswers413WithAProblemBody() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/applications");
    ResponseEntity<ProblemDetail> response = new ProblemDetailsAdvice().unreadable(
        new HttpMessageNotReadableException("I/O error while reading input message",
            new RequestBodyLimit.TooLargeException(10), null), request);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(response.getBody().getDetail())
        .isEqualTo("The request body may be at most 10 bytes");
  }

  /** A request whose body is {@code body}, with or without a declared Content-Length. */
  private static MockHttpServletRequest request(String body, boolean declareLength) {
    MockHttpServletRequest request = declareLength
        ? new MockHttpServletRequest("POST", "/api/applications")
        : new MockHttpServletRequest("POST", "/api/applications") {
          @Override
          public long getContentLengthLong() {
            return -1; // chunked
          }
        };
    request.setContent(body.getBytes(StandardCharsets.US_ASCII));
    return request;
  }

  private String readThroughFilter(MockHttpServletRequest request) throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    limit.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(new String(
        ((HttpServletRequest) req).getInputStream().readAllBytes(), StandardCharsets.US_ASCII)));
    return seen.get();
  }
}
