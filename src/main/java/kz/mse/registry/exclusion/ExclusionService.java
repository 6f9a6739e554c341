package kz.mse.registry.exclusion;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import kz.mse.registry.acts.ActService;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.registry.RegistryEntry;
import kz.mse.registry.registry.RegistryHistory;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.system.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excludes an expert from the registry (R393-13). Callers (the Committee's endpoint, the
 * expert's approved request, the evaluation's confirmed exclusion) all come through
 * {@link #exclude}.
 */
@Service
public class ExclusionService {

  private final RegistryService registry;
  private final WorkingDays workingDays;
  private final JdbcClient jdbc;
  private final RegistryHistory history;
  private final ActService acts;
  private final RuntimeService runtime;

  ExclusionService(RegistryService registry, WorkingDays workingDays, JdbcClient jdbc,
      RegistryHistory history, ActService acts, RuntimeService runtime) {
    this.runtime = runtime;
    this.history = history;
    this.acts = acts;
    this.registry = registry;
    this.workingDays = workingDays;
    this.jdbc = jdbc;
  }

  /**
   * Closes the expert's registry row on the given ground.
   *
   * @throws ApiException 404 for an IIN never in the registry, 409 when already excluded
   */
  @Transactional
  public RegistryEntry exclude(String iin, ExclusionGround ground, String basis,
      LocalDate effectiveOn) {
    RegistryEntry closed = close(iin, ground, basis, effectiveOn);
    runtime.startProcessInstanceByKey("expert-exclusion", iin,
        Map.of("iin", iin, "source", "EXCLUDED", "ground", ground.name()));
    return closed;
  }

  /** The expert asks to be excluded (Appendix 6): a Committee member reviews it. */
  @Transactional
  public String requestExclusion(String iin, String reason, String email, String phone) {
    RegistryEntry entry = registry.findActive(iin).orElseThrow(() ->
        registry.findLatest(iin).isPresent()
            ? ApiException.conflict("Expert " + iin + " is already excluded")
            : ApiException.notFound("No expert with IIN " + iin + " in the registry"));
    return runtime.startProcessInstanceByKey("expert-exclusion", iin, Map.of("iin", iin,
        "source", "OWN_REQUEST", "fullName", entry.fullName(), "reason", reason,
        "email", email, "phone", phone, "approved", false)).getId();
  }

  /** Closes the row and moves the acts, without starting the process (used inside it). */
  @Transactional
  public RegistryEntry close(String iin, ExclusionGround ground, String basis,
      LocalDate effectiveOn) {
    RegistryEntry entry = registry.findActive(iin).orElseThrow(() ->
        registry.findLatest(iin).isPresent()
            ? ApiException.conflict("Expert " + iin + " is already excluded")
            : ApiException.notFound("No expert with IIN " + iin + " in the registry"));
    // Lock first (same order as act intake) so no act lands on the expert meanwhile.
    if (!acts.lockIfActive(entry.number())) {
      throw ApiException.conflict("Expert " + iin + " is already excluded");
    }
    LocalDate on = effectiveOn == null ? workingDays.today() : effectiveOn;
    jdbc.sql("update registry_entry set excluded_on = ?, exclusion_ground = ?, "
            + "exclusion_reason = ?, reinclusion_barred = ?, contract_status = 'TERMINATED' "
            + "where number = ?")
        .params(on, ground.name(), basis, ground.barsReinclusion(), entry.number())
        .update();
    history.record(entry.number(), iin, "EXCLUDED", ground.name() + ": " + basis);
    acts.redistribute(entry.number(), workingDays.today()); // R393-14
    return registry.findByNumber(entry.number()).orElseThrow();
  }
}
