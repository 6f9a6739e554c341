package kz.mse.registry.bench;

import java.util.Map;

/**
 * What the Committee enters when it completes its tasks in the driven lifecycle (API.md, task
 * keys and their variables): the same input for the admission and its bare baseline.
 */
final class CommitteeInput {

  static final Map<String, Object> REVIEW = Map.of("reviewOutcome", "ACCEPT");
  static final Map<String, Object> DECISION = Map.of("decision", "INCLUDE",
      "decisionComment", "bench");
  static final Map<String, Object> REGISTRY_ENTRY = Map.of();

  private CommitteeInput() {}
}
