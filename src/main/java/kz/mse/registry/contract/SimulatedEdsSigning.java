package kz.mse.registry.contract;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stand-in for the signing service: accepts every request; results come via the REST API. */
class SimulatedEdsSigning implements EdsSigning {

  private static final Logger log = LoggerFactory.getLogger(SimulatedEdsSigning.class);

  @Override
  public void requestSignature(String applicationId, String iin, byte[] contractPdf) {
    log.info("Simulated EDS signing request for application {} ({} bytes)", applicationId,
        contractPdf.length);
  }
}
