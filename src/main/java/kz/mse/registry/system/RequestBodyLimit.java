package kz.mse.registry.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of an {@code /api} request ({@code registry.api.max-request-size}), so that one
 * oversized application cannot fill the heap: the body is read through a counting stream that
 * fails once the cap is passed (at once when the declared Content-Length is already over it).
 * {@link ProblemDetailsAdvice} answers {@code 413} with a problem body. Form bodies are capped
 * by Tomcat already ({@code server.tomcat.max-http-form-post-size}).
 */
class RequestBodyLimit extends OncePerRequestFilter {

  private final long maxBytes;

  RequestBodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    chain.doFilter(new LimitedRequest(request, maxBytes), response);
  }

  /** The body passed the cap; the problem body says how large a body may be. */
  static final class TooLargeException extends IOException {
    final long maxBytes;

    TooLargeException(long maxBytes) {
      super("the request body is larger than " + maxBytes + " bytes");
      this.maxBytes = maxBytes;
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (getContentLengthLong() > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream body;
    private final long maxBytes;
    private long read;

    CountingStream(ServletInputStream body, long maxBytes) {
      this.body = body;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = body.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = body.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int bytes) throws TooLargeException {
      read += bytes;
      if (read > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }
}
