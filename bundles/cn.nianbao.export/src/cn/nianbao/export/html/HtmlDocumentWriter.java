package cn.nianbao.export.html;

import java.util.List;

import cn.nianbao.export.layout.Part;
import cn.nianbao.model.text.Markup;

/**
 * The report as HTML: a self-contained fragment ({@code <div class="nianbao-report">} with its own inline
 * style sheet) or a full page around it. No script, no external resource; the page also forbids both through
 * its Content-Security-Policy, so that even a missed escape could not run anything.
 */
public final class HtmlDocumentWriter {

    private static final String CSS = """
            .nianbao-report{font-family:"FangSong","仿宋_GB2312","仿宋","STFangsong","Noto Serif CJK SC",serif;\
            font-size:16pt;line-height:1.6;color:#000;max-width:60em;margin:0 auto}
            .nianbao-report h1{font-family:"SimSun","宋体","Noto Serif CJK SC",serif;font-size:22pt;text-align:center}
            .nianbao-report h2{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-size:16pt;margin:1em 0 .3em}
            .nianbao-report h3{font-family:"KaiTi","楷体_GB2312","楷体","Noto Serif CJK SC",serif;font-size:16pt;margin:.6em 0 .2em}
            .nianbao-report p{text-indent:2em;margin:0 0 .3em}
            .nianbao-report table{border-collapse:collapse;margin:.5em 0 1em;width:100%;\
            font-family:"SimSun","宋体","Noto Serif CJK SC",serif;font-size:10.5pt;line-height:1.3}
            .nianbao-report caption{font-weight:bold;padding:.3em}
            .nianbao-report th,.nianbao-report td{border:1px solid #000;padding:2px 4px;vertical-align:middle}
            .nianbao-report th{font-weight:normal;text-align:center}
            .nianbao-report th[scope=row]{text-align:left}
            .nianbao-report th.nb-block{text-align:center;font-weight:bold}
            .nianbao-report .nb-num{text-align:right;white-space:nowrap}
            """;

    private HtmlDocumentWriter() {
    }

    public static String page(List<Part> parts, String title) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Markup.escape(title) + "</title>\n</head>\n<body>\n" + fragment(parts) + "</body>\n</html>\n";
    }

    public static String fragment(List<Part> parts) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<div class=\"nianbao-report\" lang=\"zh-CN\">\n<style>\n").append(CSS).append("</style>\n");
        HtmlTableWriter tables = new HtmlTableWriter(out);
        for (Part part : parts) {
            switch (part) {
                case Part.Title t -> out.append("<h1>").append(Markup.escape(t.text())).append("</h1>\n");
                case Part.Heading h -> {
                    String tag = h.level() == 1 ? "h2" : "h3";
                    out.append('<').append(tag).append('>').append(Markup.escape(h.text())).append("</").append(tag).append(">\n");
                }
                case Part.Paragraph p -> out.append("<p>").append(Markup.escape(p.text())).append("</p>\n");
                case Part.Table t -> tables.write(t.table());
            }
        }
        return out.append("</div>\n").toString();
    }
}
