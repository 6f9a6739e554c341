package kz.mse.registry.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the yearly facts from the YAML data file an administrator maintains. */
final class DaysOffFile {

  private DaysOffFile() {}

  static Map<Integer, YearFacts> read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      Map<Integer, YearFacts> years = new HashMap<>();
      Object yearsNode = root == null ? null : root.get("years");
      if (yearsNode instanceof Map<?, ?> byYear) {
        byYear.forEach((year, facts) ->
            years.put(Integer.valueOf(year.toString()), yearFacts((Map<?, ?>) facts)));
      }
      return years;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the calendar data file " + resource, e);
    }
  }

  private static YearFacts yearFacts(Map<?, ?> facts) {
    LocalDate kurbanAit = date(facts.get("kurbanAit"));
    List<YearFacts.Transfer> transfers = new ArrayList<>();
    if (facts.get("transfers") instanceof List<?> list) {
      for (Object item : list) {
        Map<?, ?> transfer = (Map<?, ?>) item;
        transfers.add(new YearFacts.Transfer(date(transfer.get("dayOff")),
            date(transfer.get("workingDay"))));
      }
    }
    return new YearFacts(kurbanAit, transfers);
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }
}
