package cn.nianbao.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import cn.nianbao.review.chart.Charts;
import cn.nianbao.review.trend.Trend;
import cn.nianbao.review.trend.TrendCsv;
import cn.nianbao.review.trend.TrendSeries;
import cn.nianbao.review.trend.Trends;

/** The trend of 宿迁 2023–2024: figures, CSV, PNG and SVG. */
class TrendTest {

    private static Trend suqian() {
        return Trends.of("宿迁市", List.of(Corpus.read("06-"), Corpus.read("05-")));
    }

    @Test
    void mainFigures() {
        Trend trend = suqian();
        assertEquals(List.of(2023, 2024), trend.years());
        assertEquals(3, trend.charts().size());
        TrendSeries received = trend.chart("applications").series().get(0);
        assertEquals("本年新收", received.labelZh());
        assertEquals(0, new BigDecimal("3511").compareTo(received.value(2023)));
        assertEquals(0, new BigDecimal("3525").compareTo(received.value(2024)));
        TrendSeries review = trend.chart("appeals").series().get(0);
        assertEquals(0, new BigDecimal("440").compareTo(review.value(2023)));
        assertEquals(0, new BigDecimal("170").compareTo(review.value(2024)));
    }

    @Test
    void csvHasOneLinePerSeries() {
        String csv = TrendCsv.write(suqian(), true);
        String[] lines = csv.split("\n");
        assertEquals("chart,series,label,2023,2024", lines[0]);
        assertEquals(1 + 4 + 6 + 3, lines.length);
        assertTrue(csv.contains("applications,received,本年新收,3511,3525"), csv);
    }

    @Test
    void pngAndSvg() throws Exception {
        var chart = suqian().chart("appeals");
        byte[] png = Charts.png(chart, 720, 420, true);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(720, image.getWidth());
        String svg = Charts.svg(chart, 720, 420, true);
        assertTrue(svg.startsWith("<?xml"));
        assertTrue(svg.contains("行政复议、行政诉讼"), svg);
        assertTrue(svg.contains(">440<") && svg.contains(">170<"));
    }
}
