package cn.nianbao.io.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.io.internal.Messages;

/**
 * Fetches one document over HTTP(S) with the JDK's client: redirects followed (not from HTTPS down to
 * HTTP), at most {@link ReportReader#MAX_BYTES}, and a time limit for the whole exchange, body included (a
 * server that drips its answer is stopped too). Every failure is an {@link ImportException} that says what
 * happened in words a reviewer understands: no connection, the server's answer, too slow, too large.
 */
public final class PageFetcher {

    /** A report page or PDF arrives in seconds; this leaves room for a slow government server. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final Duration CONNECT_LIMIT = Duration.ofSeconds(15);
    /** Some government sites refuse clients without a browser-like agent. */
    private static final String USER_AGENT = "Mozilla/5.0 (compatible; Nianbao report checker)";

    private final HttpClient client;
    private final Duration limit;

    public PageFetcher() {
        this(TIME_LIMIT);
    }

    public PageFetcher(Duration limit) {
        this.limit = limit;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_LIMIT.compareTo(limit) < 0 ? CONNECT_LIMIT : limit).build();
    }

    /** True for what this fetcher can fetch: an http:// or https:// address. */
    public static boolean isAddress(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    public FetchedPage fetch(String address) throws ImportException {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw Messages.exception("fetch.badAddress", address);
        }
        if (!isAddress(address) || uri.getHost() == null) {
            throw Messages.exception("fetch.badAddress", address);
        }
        return fetch(uri);
    }

    public FetchedPage fetch(URI uri) throws ImportException {
        FutureTask<FetchedPage> task = new FutureTask<>(() -> exchange(uri));
        Thread thread = new Thread(task, "nianbao-fetch");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw Messages.exception("fetch.timeout", uri, limit.toSeconds());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw Messages.exception("fetch.timeout", uri, limit.toSeconds());
        } catch (ExecutionException e) {
            throw refusal(uri, e.getCause());
        }
    }

    private FetchedPage exchange(URI uri) throws IOException, InterruptedException, ImportException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(limit).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,*/*;q=0.5")
                .GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw Messages.exception("fetch.status", uri, response.statusCode());
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > ReportReader.MAX_BYTES) {
                throw Messages.exception("fetch.tooLarge", uri, ReportReader.MAX_BYTES / (1024 * 1024));
            }
            byte[] content = body.readNBytes((int) ReportReader.MAX_BYTES + 1);
            if (content.length > ReportReader.MAX_BYTES) {
                throw Messages.exception("fetch.tooLarge", uri, ReportReader.MAX_BYTES / (1024 * 1024));
            }
            if (content.length == 0) {
                throw Messages.exception("fetch.empty", uri);
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new FetchedPage(uri, response.uri(), content, type, Instant.now());
        }
    }

    private ImportException refusal(URI uri, Throwable cause) {
        if (cause instanceof ImportException importException) {
            return importException;
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return Messages.exception("fetch.noAnswer", uri);
        }
        if (cause instanceof HttpTimeoutException) {
            // the client's own limit on the headers, the same as ours on the whole exchange
            return Messages.exception("fetch.timeout", uri, limit.toSeconds());
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return Messages.exception("fetch.offline", uri, uri.getHost());
            }
        }
        // the client's own words name its classes: ours say what a reviewer can do
        return Messages.exception("fetch.failed", uri);
    }
}
