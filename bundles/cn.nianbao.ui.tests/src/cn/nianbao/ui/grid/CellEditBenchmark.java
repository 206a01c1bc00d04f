package cn.nianbao.ui.grid;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.ReportData;
import cn.nianbao.testing.TestData;
import cn.nianbao.ui.document.ReportDocuments;

/**
 * Keypress-to-repaint of one cell edit on the seed: a digit and Enter (or Up, to come back) sent as real X
 * key events by xdotool (SWT's Display.post of keys is not delivered under Xvfb here), timed from the digit's key press to the grid's first paint after the report holds the value,
 * so it includes starting xdotool (a few ms), the editor opening, the command, the re-check of the whole report and the repaint.
 * Skipped unless -Dnianbao.benchmark=true: a measurement, not a test (see docs/benchmarks.md).
 */
class CellEditBenchmark {

    private static final int EDITS = 200;
    private static final CellAddress CELL = new CellAddress("T3", "R01", "C1");

    @RegisterExtension
    final EditorFixture fixture = new EditorFixture();

    private volatile long paintedAt;

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
        table.addPaintListener(e -> paintedAt = System.nanoTime());
        Display display = fixture.shell.getDisplay();
        List<Double> millis = new ArrayList<>();
        int lost = 0;
        for (int i = 0; i < EDITS + 20; i++) {
            char digit = (char) ('1' + i % 9);
            CellAddress target = i % 2 == 0 ? CELL : new CellAddress("T3", "R02", "C1");
            long start = System.nanoTime();
            paintedAt = 0;
            new ProcessBuilder("xdotool", "key", String.valueOf(digit), i % 2 == 0 ? "Return" : "Up").start();
            long deadline = start + 2_000_000_000L;
            boolean stored = false;
            while (System.nanoTime() < deadline) {
                if (!display.readAndDispatch()) {
                    stored = stored || new BigDecimal(String.valueOf(digit)).equals(ReportData.value(fixture.document.report(), target));
                    if (stored && paintedAt > start) {
                        break;
                    }
                    Thread.onSpinWait();
                }
            }
            if (!stored || paintedAt <= start) {
                lost++;
            } else if (i >= 20) {
                millis.add((paintedAt - start) / 1e6);
            }
        }
        Collections.sort(millis);
        String result = String.format("cell edit keypress-to-repaint over %d edits: median %.1f ms, p99 %.1f ms, max %.1f ms, lost %d%n",
                millis.size(), millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.99) - 1),
                millis.get(millis.size() - 1), lost);
        System.out.print(result);
        Files.createDirectories(Screenshots.folder().getParent());
        Files.writeString(Screenshots.folder().getParent().resolve("cell-edit-benchmark.txt"), result);
    }
}
