package cn.nianbao.io.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ImportResult;
import cn.nianbao.io.ReportReader;

/**
 * The reports behind a web address: the page itself when it is a report, else every report a list page
 * links to (a site's 年报 column), each read as a web page or, when that page only carries the report as
 * an attachment, from its attached PDF or Word file.
 */
public final class WebReports {

    /** One report found: the document as fetched, and the report read from it (or why it could not be). */
    public record Found(FetchedPage page, ImportResult result, ImportException failure) {

        public boolean isRead() {
            return result != null;
        }

        /** The address to name the report by: where it came from after redirects. */
        public String address() {
            return page != null ? page.source().toString() : "";
        }
    }

    /**
     * What an address holds: a report, or (when its page is none) the links of a list page to the reports it
     * names, to be fetched one by one with {@link WebReports#linked(URI)}.
     */
    public record Listing(Found report, List<ReportLinks.Link> links) {

        public boolean isReport() {
            return report != null;
        }
    }

    private final PageFetcher fetcher;

    public WebReports(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * The reports at the address. Throws when the address cannot be fetched, or its page is neither a report
     * nor a list of reports; a linked report that cannot be fetched or read is returned with its failure.
     *
     * @param progress told each address before it is fetched
     */
    public List<Found> at(String address, Consumer<URI> progress) throws ImportException {
        Listing listing = listing(address);
        if (listing.isReport()) {
            return List.of(listing.report());
        }
        List<Found> found = new ArrayList<>();
        for (ReportLinks.Link link : listing.links()) {
            progress.accept(link.target());
            found.add(linked(link.target()));
        }
        return found;
    }

    /**
     * The report at the address, or the reports its page links to. Throws when the address cannot be fetched,
     * or its page is neither a report nor a list of reports (with the reason it is no report).
     */
    public Listing listing(String address) throws ImportException {
        FetchedPage page = fetcher.fetch(address);
        ImportException asReport;
        try {
            return new Listing(new Found(page, read(page), null), List.of());
        } catch (ImportException e) {
            asReport = e;
        }
        List<ReportLinks.Link> links = ReportLinks.reports(page);
        if (links.isEmpty()) {
            throw asReport;
        }
        return new Listing(null, links);
    }

    /** The report a list page links to, read from its page or its attachment; a failure is returned, not thrown. */
    public Found linked(URI link) {
        FetchedPage page;
        try {
            page = fetcher.fetch(link);
        } catch (ImportException e) {
            return new Found(new FetchedPage(link, link, new byte[0], "", java.time.Instant.now()), null, e);
        }
        try {
            return new Found(page, read(page), null);
        } catch (ImportException e) {
            // a page that announces the report and attaches it as PDF or Word
            for (URI attachment : ReportLinks.attachments(page)) {
                try {
                    FetchedPage file = fetcher.fetch(attachment);
                    return new Found(file, read(file), null);
                } catch (ImportException ignored) {
                    // the next attachment may be the report
                }
            }
            return new Found(page, null, e);
        }
    }

    /** The report of a fetched document, which keeps where it came from and when (saved with it, shown with it). */
    private static ImportResult read(FetchedPage page) throws ImportException {
        ImportResult result = ReportReader.read(page.forImport(), FileNames.of(page));
        result.report().setSourceUrl(page.source().toString());
        result.report().setRetrieved(Date.from(page.retrieved()));
        return result;
    }
}
