package kz.mse.registry.registry;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Appendix 1 as CSV: UTF-8 with BOM so Excel shows Cyrillic/Kazakh text, RFC 4180 quoting. */
final class RegistryCsv {

  private static final String HEADER = "No.,IIN,Full name,Residence,Specialty profile,"
      + "Nosologies (ICD-10),Inclusion date,Exclusion date,Exclusion reason";

  private RegistryCsv() {}

  static String write(List<RegistryController.Row> rows) {
    StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
    for (RegistryController.Row r : rows) {
      csv.append(Stream.of(Long.toString(r.number()), r.iin(), r.fullName(), r.residence(),
              r.specialtyProfile(), String.join("; ", r.nosologies()), text(r.includedOn()),
              text(r.excludedOn()), r.exclusionReason())
          .map(RegistryCsv::quote).collect(Collectors.joining(","))).append("\r\n");
    }
    return csv.toString();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String quote(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
