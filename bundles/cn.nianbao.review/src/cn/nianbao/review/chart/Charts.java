package cn.nianbao.review.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import cn.nianbao.review.trend.TrendChart;

/** A trend chart as PNG bytes (Java2D, offscreen) or as SVG text. */
public final class Charts {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 420;

    private Charts() {
    }

    public static byte[] png(TrendChart chart, int width, int height, boolean chinese) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartPainter.paint(chart, new Java2dCanvas(g), width, height, chinese);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String svg(TrendChart chart, int width, int height, boolean chinese) {
        SvgCanvas canvas = new SvgCanvas(width, height);
        ChartPainter.paint(chart, canvas, width, height, chinese);
        return canvas.finish();
    }

    public static byte[] svgBytes(TrendChart chart, int width, int height, boolean chinese) {
        return svg(chart, width, height, chinese).getBytes(StandardCharsets.UTF_8);
    }
}
