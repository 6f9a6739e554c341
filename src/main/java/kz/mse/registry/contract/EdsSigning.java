package kz.mse.registry.contract;

/** Port to the EDS signing service: sends the contract to the expert's cabinet for signing. */
public interface EdsSigning {

  void requestSignature(String applicationId, String iin, byte[] contractPdf);
}
