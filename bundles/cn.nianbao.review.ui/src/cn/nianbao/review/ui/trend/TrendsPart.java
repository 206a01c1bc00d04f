package cn.nianbao.review.ui.trend;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import cn.nianbao.model.AtomicFiles;
import cn.nianbao.review.chart.Charts;
import cn.nianbao.review.trend.Trend;
import cn.nianbao.review.trend.TrendChart;
import cn.nianbao.review.trend.TrendCsv;
import cn.nianbao.review.trend.TrendSeries;
import cn.nianbao.review.ui.ReviewMessages;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.parts.FileDialogs;
import jakarta.annotation.PostConstruct;

/**
 * Trends of one agency: each chart (drawn by the headless chart painter, the same as PNG export) with a
 * table of its numbers beside it, and buttons to export the charts as PNG or SVG and the numbers as CSV.
 */
public final class TrendsPart {

    /** Key of the {@link Trend} in the part's transient data. */
    public static final String TREND = "cn.nianbao.review.trend";

    private final List<Image> images = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private Trend trend;
    private boolean chinese;

    @PostConstruct
    public void create(Composite parent, MPart part) {
        createContents(parent, (Trend) part.getTransientData().get(TREND));
    }

    public ScrolledComposite createContents(Composite parent, Trend shown) {
        this.trend = shown;
        this.chinese = !UiLanguage.english();
        ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite content = new Composite(scrolled, SWT.NONE);
        content.setLayout(new GridLayout(2, false));
        Composite buttons = new Composite(content, SWT.NONE);
        buttons.setLayout(new RowLayout());
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Label title = new Label(buttons, SWT.NONE);
        title.setText(ReviewMessages.bind(ReviewMessages.Trends_heading, shown.agency(), years(shown)));
        button(buttons, ReviewMessages.Trends_exportPng, "png");
        button(buttons, ReviewMessages.Trends_exportSvg, "svg");
        button(buttons, ReviewMessages.Trends_exportCsv, "csv");
        for (TrendChart chart : shown.charts()) {
            Image image = new Image(parent.getDisplay(), new ByteArrayInputStream(
                    Charts.png(chart, Charts.WIDTH, Charts.HEIGHT, chinese)));
            images.add(image);
            Label picture = new Label(content, SWT.NONE);
            picture.setImage(image);
            picture.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            tables.add(numbers(content, chart));
        }
        content.addDisposeListener(e -> images.forEach(Image::dispose));
        scrolled.setContent(content);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        return scrolled;
    }

    private Table numbers(Composite parent, TrendChart chart) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new TableColumn(table, SWT.NONE).setText(chart.title(chinese));
        for (int year : chart.years()) {
            new TableColumn(table, SWT.RIGHT).setText(String.valueOf(year));
        }
        for (TrendSeries series : chart.series()) {
            List<String> row = new ArrayList<>();
            row.add(series.label(chinese));
            for (int year : chart.years()) {
                BigDecimal value = series.value(year);
                row.add(value == null ? "" : value.stripTrailingZeros().toPlainString());
            }
            new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        return table;
    }

    private void button(Composite parent, String text, String format) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> export(parent, format));
    }

    private void export(Composite parent, String format) {
        FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName(trend.agency() + "-trend." + format);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            export(Path.of(chosen), format);
        } catch (IOException e) {
            Failures.show(parent.getShell(), TrendsPart.class, ReviewMessages.Trends_title, FileDialogs.reason(e), e);
        }
    }

    /**
     * Writes the charts (one file per chart, named {@code NAME-<chart>.png|svg}) or the numbers ({@code .csv});
     * returns the files written.
     */
    public List<Path> export(Path target, String format) throws IOException {
        List<Path> written = new ArrayList<>();
        if ("csv".equals(format)) {
            AtomicFiles.write(target, TrendCsv.write(trend, chinese).getBytes(StandardCharsets.UTF_8));
            written.add(target);
            return written;
        }
        String name = target.getFileName().toString().replaceFirst("\\.(png|svg)$", "");
        for (TrendChart chart : trend.charts()) {
            Path file = target.resolveSibling(name + "-" + chart.id() + "." + format);
            byte[] bytes = "svg".equals(format) ? Charts.svgBytes(chart, Charts.WIDTH, Charts.HEIGHT, chinese)
                    : Charts.png(chart, Charts.WIDTH, Charts.HEIGHT, chinese);
            AtomicFiles.write(file, bytes);
            written.add(file);
        }
        return written;
    }

    public List<Table> tables() {
        return tables;
    }

    private static String years(Trend trend) {
        return trend.years().isEmpty() ? "" : trend.years().get(0) + "–" + trend.years().get(trend.years().size() - 1);
    }
}
