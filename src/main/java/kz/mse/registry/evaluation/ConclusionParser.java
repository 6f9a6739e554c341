package kz.mse.registry.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.mse.registry.system.ApiException;
import kz.mse.registry.validation.IinNumbers;
import kz.mse.registry.validation.PlainText;

/**
 * Reads one object or an array of conclusions field by field, so that a problem names the
 * element of the batch ({@code [3].gwcSetAtReexam}); the first problem rejects the whole call.
 */
final class ConclusionParser {

  static final int MAX_BATCH = 10_000;

  private ConclusionParser() {}

  static List<Conclusion> parse(JsonNode body, LocalDate today) {
    if (body == null || !(body.isArray() || body.isObject())) {
      throw ApiException.badInput("body", "must be a conclusion or an array of conclusions");
    }
    if (body.isObject()) {
      return List.of(parseOne(body, "", today));
    }
    if (body.isEmpty()) {
      throw ApiException.badInput("body", "must contain at least one conclusion");
    }
    if (body.size() > MAX_BATCH) {
      throw ApiException.badInput("body", "at most " + MAX_BATCH + " conclusions per call");
    }
    List<Conclusion> result = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      JsonNode element = body.get(i);
      if (!element.isObject()) {
        throw ApiException.badInput("[" + i + "]", "must be an object");
      }
      result.add(parseOne(element, "[" + i + "].", today));
    }
    return result;
  }

  private static Conclusion parseOne(JsonNode node, String prefix, LocalDate today) {
    String id = text(node, "conclusionId", prefix);
    if (id.isBlank() || id.length() > 64) {
      throw ApiException.badInput(prefix + "conclusionId", "must be 1 to 64 characters");
    }
    String iin = text(node, "expertIin", prefix);
    if (!IinNumbers.isValid(iin)) {
      throw ApiException.badInput(prefix + "expertIin", "must be a valid IIN");
    }
    LocalDate issuedOn;
    try {
      issuedOn = LocalDate.parse(text(node, "issuedOn", prefix));
    } catch (DateTimeParseException e) {
      throw ApiException.badInput(prefix + "issuedOn", "must be a date yyyy-MM-dd");
    }
    if (issuedOn.isAfter(today)) {
      throw ApiException.badInput(prefix + "issuedOn", "must not be in the future");
    }
    boolean disability = required(node, "disabilityRecognized", prefix);
    boolean osi = required(node, "osiPrimary", prefix);
    boolean prior = required(node, "priorGwc", prefix);
    Conclusion conclusion = new Conclusion(id, iin, issuedOn,
        required(node, "timely", prefix), disability,
        onlyWhen(node, "groupMatchesLimitations", prefix, disability, "disabilityRecognized"),
        osi,
        onlyWhen(node, "gwcSetAtPrimary", prefix, osi, "osiPrimary"),
        prior,
        onlyWhen(node, "gwcSetAtReexam", prefix, prior, "priorGwc"),
        onlyWhen(node, "iprSocialPartDeveloped", prefix, disability, "disabilityRecognized"));
    return conclusion;
  }

  private static String text(JsonNode node, String field, String prefix) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw ApiException.badInput(prefix + field, "is required");
    }
    if (!value.isTextual()) {
      throw ApiException.badInput(prefix + field, "must be a string");
    }
    if (PlainText.hasControlCharacter(value.asText())) {
      throw ApiException.badInput(prefix + field, "must not contain control characters");
    }
    return value.asText();
  }

  private static boolean required(JsonNode node, String field, String prefix) {
    Boolean value = optional(node, field, prefix);
    if (value == null) {
      throw ApiException.badInput(prefix + field, "is required");
    }
    return value;
  }

  private static Boolean optional(JsonNode node, String field, String prefix) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw ApiException.badInput(prefix + field, "must be true or false");
    }
    return value.booleanValue();
  }

  /** R408-8: a criterion is only judged among the persons its row counts (its K). */
  private static Boolean onlyWhen(JsonNode node, String field, String prefix, boolean condition,
      String conditionField) {
    Boolean value = optional(node, field, prefix);
    if (value != null && !condition) {
      throw ApiException.badInput(prefix + field, "only allowed when " + conditionField
          + " is true");
    }
    return value;
  }
}
