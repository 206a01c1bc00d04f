package cn.nianbao.store.tests;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.Revision;

/**
 * The writer of the crash test, run as its own JVM: {@code CrashWriter DATA_DIR START}. It saves revisions
 * in a loop (seven agencies, changing values) and prints {@code ACK id chain-hash} after each save has
 * returned, until it is killed. A test helper: it lives in the test fragment, not in the product.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int start = Integer.parseInt(args[1]);
        try (ReportRepository repository = ReportRepository.open(Path.of(args[0]))) {
            out.println("OPEN");
            out.flush();
            for (int i = start; ; i++) {
                Revision revision = repository.saveRevision(report(i), "crash-writer", null);
                out.println("ACK " + revision.id() + " " + revision.chainHash());
                out.flush();
            }
        }
    }

    static AnnualReport report(int i) {
        AnnualReport report = ReportFactory.eINSTANCE.createAnnualReport();
        report.setAgencyName("崩溃测试机关" + (i % 7));
        report.setYear(2020 + i % 5);
        for (int k = 1; k <= 7; k++) {
            ReportData.setValue(report, new CellAddress("T3", "R01", "C" + k), BigDecimal.valueOf(i * 10L + k));
        }
        ReportData.setValue(report, new CellAddress("T3", "R25", "C7"), BigDecimal.valueOf(i));
        return report;
    }
}
