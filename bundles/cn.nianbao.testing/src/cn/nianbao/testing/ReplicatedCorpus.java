package cn.nianbao.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.nianbao.model.report.AnnualReport;

/**
 * The corpus replicated into many units' report files for the repository benchmarks: unit k is corpus report
 * k mod n under the name {@code AGENCY第k分局}, in a folder of its own ({@code %05d/YEAR.txt}). The texts are
 * the published ones but for the agency's name and, where asked, the year.
 */
public final class ReplicatedCorpus {

    /** Reads a corpus file as the product does (the testing bundle does not depend on the importer). */
    public interface Reader {
        AnnualReport read(Path file) throws Exception;
    }

    /** What was written: the units' names (index = unit) and every file, unit by unit, year by year. */
    public record Written(List<String> units, List<Path> files) {
    }

    private final String[] texts;
    private final String[] agencies;
    private final int[] years;

    private ReplicatedCorpus(String[] texts, String[] agencies, int[] years) {
        this.texts = texts;
        this.agencies = agencies;
        this.years = years;
    }

    public static ReplicatedCorpus read(Reader reader) throws Exception {
        List<Path> corpus = TestData.corpusReports();
        String[] texts = new String[corpus.size()];
        String[] agencies = new String[corpus.size()];
        int[] years = new int[corpus.size()];
        for (int i = 0; i < corpus.size(); i++) {
            texts[i] = Files.readString(corpus.get(i), StandardCharsets.UTF_8);
            AnnualReport report = reader.read(corpus.get(i));
            agencies[i] = report.getAgencyName();
            years[i] = report.getYear();
        }
        return new ReplicatedCorpus(texts, agencies, years);
    }

    /** One report per unit, each in the year its corpus report was published. */
    public Written writeAsPublished(Path dir, int units) throws IOException {
        return write(dir, units, 0, 0);
    }

    /** {@code count} years per unit up to {@code lastYear}, the report's year and the year before rewritten. */
    public Written writeYears(Path dir, int units, int count, int lastYear) throws IOException {
        return write(dir, units, lastYear - count + 1, lastYear);
    }

    /** A first year of 0: each unit's own year, the text unchanged but for the name. */
    private Written write(Path dir, int units, int firstYear, int lastYear) throws IOException {
        List<String> names = new ArrayList<>(units);
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < units; k++) {
            int i = k % texts.length;
            String name = agencies[i] + "第" + k + "分局";
            names.add(name);
            Path unit = Files.createDirectories(dir.resolve(String.format(Locale.ROOT, "%05d", k)));
            int first = firstYear == 0 ? years[i] : firstYear;
            int last = firstYear == 0 ? years[i] : lastYear;
            for (int y = first; y <= last; y++) {
                Path file = unit.resolve(y + ".txt");
                // the name after the years: unit 2024's name rewritten for 2018 would be unit 2018's
                String text = inYear(texts[i], years[i], y).replace(agencies[i], name);
                Files.writeString(file, text, StandardCharsets.UTF_8);
                files.add(file);
            }
        }
        return new Written(names, files);
    }

    /** The report's year and the year before it, through a mark so that one does not become the other. */
    private static String inYear(String text, int published, int year) {
        if (year == published) {
            return text;
        }
        return text.replace(String.valueOf(published - 1), "\u0001").replace(String.valueOf(published), "\u0002")
                .replace("\u0001", String.valueOf(year - 1)).replace("\u0002", String.valueOf(year));
    }
}
