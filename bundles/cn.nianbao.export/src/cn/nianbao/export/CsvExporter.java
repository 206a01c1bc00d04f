package cn.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;

/**
 * The report's numbers as CSV: header {@code table,row,column,value}, one line per cell of the format in
 * catalogue order, an empty value for a blank cell. Ids never need quoting; values are plain numbers.
 */
public final class CsvExporter implements ReportExporter {

    public static final String HEADER = "table,row,column,value";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(AnnualReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(HEADER);
        writer.write('\n');
        for (CellAddress address : ExportedCells.of(report)) {
            writer.write(address.table() + "," + address.row() + "," + address.column() + ","
                    + ExportedCells.printed(ReportData.cell(report, address)) + "\n");
        }
        writer.flush();
    }
}
