package cn.nianbao.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A government website in miniature, served on the loopback interface for the tests of fetching by
 * address: a report page in GBK whose server says UTF-8 (and whose meta tag is gone), a PDF report, a
 * report attached to an announcement page, a 年报 column listing them, a moved page, a missing one and a
 * server too slow to answer. Pages are built from the corpus forms, so their values are known.
 */
public final class LocalWebSite implements AutoCloseable {

    private static LocalWebSite shared;

    /** One site for the whole test run, started on first use; its threads are daemons. */
    public static synchronized LocalWebSite shared() {
        if (shared == null) {
            shared = new LocalWebSite();
        }
        return shared;
    }

    /** How long /slow.html waits before it answers: longer than the tests' fetch limit. */
    public static final int SLOW_MILLIS = 5_000;

    private final HttpServer server;

    public LocalWebSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path forms = TestData.root().resolve("testdata").resolve("forms");
        byte[] gbkPage = withoutMetaCharset(read(forms.resolve("000-baoji-kejiju-2024.html")));
        serve("/xxgk/2024/baoji.html", "text/html; charset=UTF-8", gbkPage);
        serve("/xxgk/suqian-2023.pdf", "application/pdf", read(forms.resolve("05-suqian-shi-2023.pdf")));
        serve("/files/huaian-2024.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                read(forms.resolve("04-huaian-shizhengfu-2024.docx")));
        serve("/xxgk/huaian-2024.html", "text/html; charset=UTF-8", page("淮安市人民政府2024年政府信息公开工作年度报告",
                "<p>发布时间：2025-01-20</p><p>附件：<a href=\"/files/huaian-2024.docx\">淮安市人民政府2024年政府信息公开工作年度报告.docx</a></p>"));
        serve("/xxgk/ndbg/index.html", "text/html; charset=UTF-8", page("政府信息公开工作年度报告",
                "<ul class=\"nav\"><li><a href=\"/index.html\">首页</a></li><li><a href=\"/xxgk/news.html\">政务动态</a></li></ul>"
                        + "<ul class=\"list\"><li><a href=\"../2024/baoji.html\" title=\"宝鸡市科学技术局2024年政府信息公开工作年度报告\">宝鸡市科学技术局2024年政府信息公开…</a></li>"
                        + "<li><a href=\"/xxgk/suqian-2023.pdf\">宿迁市2023年政府信息公开工作年度报告</a></li>"
                        + "<li><a href=\"/xxgk/huaian-2024.html\">淮安市人民政府 2024年 政府信息公开工作 年度报告</a></li>"
                        + "<li><a href=\"/xxgk/gone.html\">某某局2022年政府信息公开工作年度报告</a></li></ul>"
                        + "<div class=\"footer\">版权所有 主办单位 <a href=\"/about.html\">关于我们</a></div>"));
        server.createContext("/old/baoji.html", exchange -> {
            exchange.getResponseHeaders().add("Location", "/xxgk/2024/baoji.html");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/slow.html", exchange -> {
            try {
                Thread.sleep(SLOW_MILLIS);
                answer(exchange, 200, "text/html", page("慢", ""));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up first, as it should
            }
        });
        server.createContext("/", exchange -> answer(exchange, 404, "text/html; charset=UTF-8", page("404 页面不存在", "")));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "local-web-site");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The address of a path on this site: http://127.0.0.1:PORT/path. */
    public String address(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(String path, String type, byte[] content) {
        server.createContext(path, exchange -> answer(exchange, 200, type, content));
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] content) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(content);
        }
    }

    private static byte[] page(String title, String body) {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title
                + "</h1>" + body + "</body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The form's page without its charset declaration, so that only its bytes say it is GBK. */
    private static byte[] withoutMetaCharset(byte[] page) {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String text = new String(page, latin1).replaceFirst("(?i)<meta http-equiv=\"Content-Type\"[^>]*>", "");
        return text.getBytes(latin1);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
