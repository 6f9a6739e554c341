package kz.mse.registry.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/** Stand-in for the gateway: findings per IIN from state-registries/simulator.yml. */
class SimulatedStateRegistries implements StateRegistries {

  private final Map<String, List<String>> findingsByIin;

  @SuppressWarnings("unchecked")
  SimulatedStateRegistries(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      Map<String, Object> root = new Yaml().load(in);
      Map<Object, List<String>> raw =
          (Map<Object, List<String>>) root.getOrDefault("findings", Map.of());
      this.findingsByIin = new java.util.HashMap<>();
      raw.forEach((iin, codes) -> findingsByIin.put(String.valueOf(iin), List.copyOf(codes)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  @Override
  public Set<String> findings(String iin) {
    return Set.copyOf(findingsByIin.getOrDefault(iin, List.of()));
  }
}
