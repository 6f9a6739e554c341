package kz.mse.registry.system;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The REST client of an adapter to an outside system, always with timeouts: without them a
 * system that accepts the connection and never answers holds a job-executor thread until the
 * job's lock expires, and then a second thread calls it again.
 */
public final class OutboundHttp {

  private OutboundHttp() {}

  public static RestClient client(String baseUrl, Duration connectTimeout, Duration readTimeout) {
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
        HttpClient.newBuilder().connectTimeout(connectTimeout).build());
    requests.setReadTimeout(readTimeout);
    return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
  }
}
