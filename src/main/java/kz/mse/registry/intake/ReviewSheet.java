package kz.mse.registry.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the committee forms show, read-only: {@code candidateName} and {@code iin} (also what a
 * reviewer searches Tasklist by) and {@code reviewSheet}, one markdown text with the contact
 * details, the position, the documents with download links and the automated findings. One
 * text instead of a variable per field: every variable is a runtime row and a delete at the
 * end of each admission. These three have no history row ({@link FormCopiesOutOfHistory}).
 */
public final class ReviewSheet {

  /** Markdown's marks, escaped in what the candidate typed (compiled once: runs per field). */
  private static final Pattern MARKDOWN_MARK = Pattern.compile("([\\\\`*_{}\\[\\]()#+!|<>~])");

  /** The variables {@link #of} sets; kept out of the history ({@link FormCopiesOutOfHistory}). */
  static final Set<String> VARIABLES = Set.of("candidateName", "iin", "reviewSheet");

  private ReviewSheet() {}

  public static Map<String, Object> of(Application a, List<String> findings) {
    Map<String, Object> v = new HashMap<>();
    v.put("candidateName", fullName(a));
    v.put("iin", a.iin());
    v.put("reviewSheet", candidateMarkdown(a)
        + "\n### Documents (R393-5)\n" + documentsMarkdown(a)
        + "\n### Automated findings (R393-6, R393-7.1)\n" + findingsMarkdown(findings));
    return v;
  }

  static String candidateMarkdown(Application a) {
    return "- **Phone:** " + a.phone() + "\n"
        + "- **E-mail:** " + literal(a.email()) + "\n"
        + "- **Place of residence:** " + literal(a.residence()) + "\n"
        + "- **Specialty profile:** " + literal(a.specialtyProfile()) + "\n"
        + "- **Nosological forms (ICD-10):** " + String.join(", ", a.nosologies()) + "\n";
  }

  static String findingsMarkdown(List<String> findings) {
    return findings.isEmpty()
        ? "No findings: the set is complete and valid, no state-registry records (R393-7.1)."
        : "Proposed refusal reasons (R393-7.1): **" + String.join("**, **", findings) + "**";
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
        md.append(" No. ").append(literal(d.number()));
      }
      if (d.issuedOn() != null) {
        md.append(", issued ").append(d.issuedOn());
      }
      if (d.validUntil() != null) {
        md.append(", valid until ").append(d.validUntil());
      }
      if (d.hasFile()) {
        md.append(": [download ").append(d.fileName() == null ? "file" : literal(d.fileName()))
            .append("](/api/applications/").append(a.id()).append("/documents/")
            .append(d.id()).append(")");
      } else {
        md.append(" (no file: obtained through the gateway)");
      }
      md.append('\n');
    }
    return md.toString();
  }

  /**
   * What the candidate typed, shown as typed: markdown's marks are escaped, so a residence or
   * a file name cannot turn into a link, an image or a heading in the reviewer's form.
   */
  static String literal(String text) {
    return text == null ? "" : MARKDOWN_MARK.matcher(text).replaceAll("\\\\$1")
        .replace('\n', ' ');
  }
}
