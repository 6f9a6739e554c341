package kz.mse.registry.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error page, for what it rejects before any servlet runs (an encoded NUL or
 * slash in the path, a malformed request line): the RFC 9457 body of every other error instead
 * of Tomcat's HTML. Errors of the application are answered by the application; this valve
 * writes only when nothing was written yet.
 */
class ProblemErrorReportValve extends ErrorReportValve {

  private final ObjectMapper objectMapper;

  ProblemErrorReportValve(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !ioAllowed(response)) {
      return;
    }
    ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatusCode.valueOf(status),
        detail(status), request); // title: the status's phrase
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter(); // null once anything went into the buffer
      if (writer != null) {
        writer.write(objectMapper.writeValueAsString(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response committed meanwhile: nothing left to tell it
      container.getLogger().debug("Problem body not written", e);
    }
  }

  private static String detail(int status) {
    if (status == HttpStatus.BAD_REQUEST.value()) {
      return ProblemDetailsAdvice.REJECTED_REQUEST;
    }
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "Status " + status : known.getReasonPhrase();
  }

  private static boolean ioAllowed(Response response) {
    AtomicBoolean allowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
    return allowed.get();
  }
}
