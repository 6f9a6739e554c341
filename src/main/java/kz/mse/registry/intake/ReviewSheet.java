package kz.mse.registry.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only variables the committee forms show: candidate, position, documents with
 * download links and the automated findings, as text and markdown.
 */
public final class ReviewSheet {

  private ReviewSheet() {}

  public static Map<String, Object> of(Application a, List<String> findings) {
    Map<String, Object> v = new HashMap<>();
    v.put("candidateName", fullName(a));
    v.put("iin", a.iin());
    v.put("phone", a.phone());
    v.put("email", a.email());
    v.put("residence", a.residence());
    v.put("specialtyProfile", a.specialtyProfile());
    v.put("nosologies", String.join(", ", a.nosologies()));
    v.put("documentsMarkdown", documentsMarkdown(a));
    v.put("findingsMarkdown", findings.isEmpty()
        ? "No findings: the set is complete and valid, no state-registry records (R393-7.1)."
        : "Proposed refusal reasons (R393-7.1): **" + String.join("**, **", findings) + "**");
    return v;
  }

  public static String fullName(Application a) {
    return a.lastName() + " " + a.firstName()
        + (a.patronymic() == null ? "" : " " + a.patronymic());
  }

  static String documentsMarkdown(Application a) {
    if (a.documents().isEmpty()) {
      return "No documents were submitted.";
    }
    StringBuilder md = new StringBuilder();
    for (Application.DocumentInfo d : a.documents()) {
      md.append("- **").append(d.type()).append("**");
      if (d.number() != null) {
        md.append(" No. ").append(d.number());
      }
      if (d.issuedOn() != null) {
        md.append(", issued ").append(d.issuedOn());
      }
      if (d.validUntil() != null) {
        md.append(", valid until ").append(d.validUntil());
      }
      if (d.hasFile()) {
        md.append(": [download ").append(d.fileName() == null ? "file" : d.fileName())
            .append("](/api/applications/").append(a.id()).append("/documents/")
            .append(d.id()).append(")");
      } else {
        md.append(" (no file: obtained through the gateway)");
      }
      md.append('\n');
    }
    return md.toString();
  }
}
