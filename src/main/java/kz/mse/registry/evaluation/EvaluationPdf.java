package kz.mse.registry.evaluation;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The printable evaluation table (appendix to Order 408, R408-6) with an embedded DejaVu Sans,
 * which has the Kazakh letters (ә ғ қ ң ө ұ ү һ і) the standard PDF fonts lack.
 */
@Component
class EvaluationPdf {

  private final BaseFont regular = font("fonts/DejaVuSans-LatinCyrillic.ttf");
  private final BaseFont bold = font("fonts/DejaVuSans-Bold-LatinCyrillic.ttf");

  byte[] render(EvaluationTable table, TableLabels labels) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    PdfWriter.getInstance(document, out);
    document.open();
    Font text = new Font(regular, 10);
    Font heading = new Font(bold, 13);
    Font strong = new Font(bold, 10);
    Paragraph title = new Paragraph(labels.title(), heading);
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingAfter(12);
    document.add(title);
    document.add(new Paragraph(labels.expert() + ": " + table.fullName()
        + " (" + table.expertIin() + ")", text));
    Paragraph period = new Paragraph(labels.period() + ": " + table.period(), text);
    period.setSpacingAfter(10);
    document.add(period);

    PdfPTable grid = new PdfPTable(new float[] {1f, 9f, 2f, 3f, 2f});
    grid.setWidthPercentage(100);
    for (String header : new String[] {labels.no(), labels.indicator(), labels.total(),
        labels.meeting(), labels.percent()}) {
      grid.addCell(cell(header, strong));
    }
    for (EvaluationTable.Row row : table.rows()) {
      grid.addCell(cell(String.valueOf(row.no()), text));
      grid.addCell(cell(row.indicator(), text));
      grid.addCell(cell(String.valueOf(row.total()), text));
      grid.addCell(cell(String.valueOf(row.meeting()), text));
      grid.addCell(cell(orDash(row.percentDisplay()), text));
    }
    grid.addCell(cell("6", strong));
    grid.addCell(cell(labels.totalRow(), strong));
    grid.addCell(cell("", text));
    grid.addCell(cell("", text));
    grid.addCell(cell(orDash(table.scoreDisplay()), strong));
    document.add(grid);

    if (table.months() != null) {
      Paragraph months = new Paragraph(labels.months() + ":", strong);
      months.setSpacingBefore(10);
      document.add(months);
      for (EvaluationTable.MonthScore month : table.months()) {
        document.add(new Paragraph(month.period() + ": " + orDash(month.scoreDisplay()), text));
      }
    }
    document.close();
    return out.toByteArray();
  }

  private static PdfPCell cell(String content, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(content, font));
    cell.setPadding(4);
    return cell;
  }

  private static String orDash(String value) {
    return value == null ? "—" : value;
  }

  private static BaseFont font(String resource) {
    try (InputStream in = EvaluationPdf.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing font " + resource);
      }
      return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
          in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
