package cn.nianbao.ui.grid;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.nianbao.editing.ReportDocuments;
import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.testing.TestData;

/**
 * Keypress-to-repaint of one cell edit on the seed: a digit and Enter (or Up, to come back) sent as real X
 * key events by xdotool. Timed inside the workbench from the moment the key event reaches it (a display
 * filter on KeyDown) to the grid's first paint after the report holds the value, so starting the xdotool
 * process is not counted: twice, from the digit's key press (editor opening, typing, commit, command,
 * re-check of the whole report, repaint) and from the Enter/Up that commits (command, re-check, repaint);
 * the UI thread's CPU time over the latter is printed too, as the part a busy machine does not inflate.
 * Skipped unless -Dnianbao.benchmark=true: a measurement, not a test (see docs/benchmarks.md).
 */
class CellEditBenchmark {

    private static final int EDITS = 200;
    private static final CellAddress CELL = new CellAddress("T3", "R01", "C1");

    @RegisterExtension
    final EditorFixture fixture = new EditorFixture();

    private volatile long paintedAt;
    private volatile long digitAt;
    private volatile long commitAt;
    private volatile long commitCpu;
    private volatile long paintedCpu;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void keypressToRepaintOfOneCellEdit() throws Exception {
        if (!Boolean.getBoolean("nianbao.benchmark")) {
            return; // benchmarks run with -Dnianbao.benchmark=true
        }
        fixture.open(ReportDocuments.open(TestData.seed()));
        fixture.shell.forceActive();
        RealInput input = new RealInput(fixture);
        input.settle();
        input.click(CELL);
        var table = fixture.grid("T3").control();
        table.addPaintListener(e -> {
            paintedAt = System.nanoTime();
            paintedCpu = threads.getCurrentThreadCpuTime();
        });
        Display display = fixture.shell.getDisplay();
        display.addFilter(SWT.KeyDown, e -> {
            if (Character.isDigit(e.character)) {
                digitAt = System.nanoTime();
            } else if (e.keyCode == SWT.CR || e.keyCode == SWT.ARROW_UP) {
                commitAt = System.nanoTime();
                commitCpu = threads.getCurrentThreadCpuTime();
            }
        });
        List<Double> millis = new ArrayList<>();
        List<Double> fromCommit = new ArrayList<>();
        List<Double> cpuFromCommit = new ArrayList<>();
        int lost = 0;
        for (int i = 0; i < EDITS + 20; i++) {
            char digit = (char) ('1' + i % 9);
            CellAddress target = i % 2 == 0 ? CELL : new CellAddress("T3", "R02", "C1");
            long start = System.nanoTime();
            paintedAt = 0;
            digitAt = 0;
            commitAt = 0;
            new ProcessBuilder("xdotool", "key", "--delay", "0", String.valueOf(digit), i % 2 == 0 ? "Return" : "Up").start();
            long deadline = start + 2_000_000_000L;
            boolean stored = false;
            while (System.nanoTime() < deadline) {
                if (!display.readAndDispatch()) {
                    stored = stored || new BigDecimal(String.valueOf(digit)).equals(ReportData.value(fixture.document.report(), target));
                    if (stored && paintedAt > commitAt && commitAt > 0) {
                        break;
                    }
                    Thread.onSpinWait();
                }
            }
            if (!stored || digitAt == 0 || commitAt == 0 || paintedAt <= commitAt) {
                lost++;
            } else if (i >= 20) {
                millis.add((paintedAt - digitAt) / 1e6);
                fromCommit.add((paintedAt - commitAt) / 1e6);
                cpuFromCommit.add((paintedCpu - commitCpu) / 1e6);
            }
        }
        String result = String.format("cell edit keypress-to-repaint over %d edits (lost %d): from the digit %s; from Enter/Up %s;"
                + " CPU of the UI thread from Enter/Up to the repaint %s%n",
                millis.size(), lost, summary(millis), summary(fromCommit), summary(cpuFromCommit));
        System.out.print(result);
        Files.createDirectories(Screenshots.folder().getParent());
        Files.writeString(Screenshots.folder().getParent().resolve("cell-edit-benchmark.txt"), result);
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("median %.1f ms, p99 %.1f ms, max %.1f ms", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.get(sorted.size() - 1));
    }
}
