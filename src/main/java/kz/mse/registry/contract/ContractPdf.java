package kz.mse.registry.contract;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import kz.mse.registry.campaign.Campaign;
import kz.mse.registry.intake.Application;
import kz.mse.registry.intake.ReviewSheet;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** R393-10: the contract with an independent expert, as PDF (Cyrillic/Kazakh via DejaVu). */
@Component
class ContractPdf {

  /** DejaVu Sans cut to Latin and Cyrillic (fonts/README.md): Kazakh letters included. */
  private static final String FONT = "fonts/DejaVuSans-LatinCyrillic.ttf";

  private final BaseFont font;

  ContractPdf() {
    try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
      this.font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
          in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("font " + FONT + " missing", e);
    }
  }

  byte[] render(Application a, Campaign campaign, Campaign.Position position, LocalDate on) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 50, 50, 50, 50);
    PdfWriter.getInstance(pdf, out);
    pdf.open();
    Font title = new Font(font, 14, Font.BOLD);
    Font body = new Font(font, 11);
    pdf.add(new Paragraph("Contract with an independent MSE expert / Договор с независимым "
        + "экспертом МСЭ / МӘС тәуелсіз сарапшысымен шарт", title));
    pdf.add(new Paragraph(" ", body));
    line(pdf, body, "Date", on.toString());
    line(pdf, body, "Application", a.id());
    line(pdf, body, "Committee", campaign.organization().name() + ", "
        + campaign.organization().address());
    line(pdf, body, "Expert", ReviewSheet.fullName(a));
    line(pdf, body, "IIN", a.iin());
    line(pdf, body, "Residence", a.residence());
    line(pdf, body, "Phone / e-mail", a.phone() + " / " + a.email());
    line(pdf, body, "Specialty profile", position.specialtyProfile());
    line(pdf, body, "Nosological forms (ICD-10)", String.join(", ", a.nosologies()));
    line(pdf, body, "Main functional duties", nullToDash(position.duties()));
    line(pdf, body, "Tariff, KZT", position.tariffKzt() == null ? "-"
        : position.tariffKzt().toPlainString());
    line(pdf, body, "Payment terms", nullToDash(position.paymentTerms()));
    pdf.add(new Paragraph(" ", body));
    pdf.add(new Paragraph("The expert signs this contract with an EDS within 3 working days "
        + "(R393-10).", body));
    pdf.close();
    return out.toByteArray();
  }

  private static void line(Document pdf, Font font, String label, String value) {
    pdf.add(new Paragraph(label + ": " + value, font));
  }

  private static String nullToDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
