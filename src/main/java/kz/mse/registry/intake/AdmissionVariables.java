package kz.mse.registry.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Reason lists in process variables: stored as JSON (so Tasklist checklists show them), read
 * from whatever a client sent: a form's JSON array, a list, a JSON string or "A,B".
 */
public final class AdmissionVariables {

  private AdmissionVariables() {}

  public static JsonValue jsonList(List<String> codes) {
    SpinJsonNode array = Spin.JSON("[]");
    codes.forEach(array::append);
    return SpinValues.jsonValue(array).create();
  }

  public static List<String> codes(Object value) {
    List<String> codes = new ArrayList<>();
    if (value == null) {
      return codes;
    }
    if (value instanceof SpinJsonNode node) {
      if (node.isArray()) {
        node.elements().forEach(e -> codes.add(e.isString() ? e.stringValue() : e.toString()));
      } else if (node.isString()) {
        return codes(node.stringValue());
      }
      return clean(codes);
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(o -> codes.add(String.valueOf(o)));
      return clean(codes);
    }
    String text = String.valueOf(value).strip();
    if (text.startsWith("[")) {
      return codes(Spin.JSON(text));
    }
    for (String part : text.split(",")) {
      codes.add(part);
    }
    return clean(codes);
  }

  private static List<String> clean(List<String> codes) {
    return codes.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }
}
