package cn.nianbao.validation.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The 行政区划 names of {@code places.txt} (data; its header names the source): each area knows the area it
 * belongs to. Names are matched whole, with their suffix (淮安市, 洪泽区), so that 淮安 in 淮安路 or a
 * 全市 is no place. A name may stand for several areas (鼓楼区 in 南京 and in 徐州).
 */
final class Gazetteer {

    /** One area and the area above it (null for a province). */
    record Area(String name, Area parent) {

        /** This area, or one of the areas it belongs to, is {@code other}. */
        boolean within(Area other) {
            for (Area area = this; area != null; area = area.parent()) {
                if (area == other) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Gazetteer PLACES = load();

    private final Map<String, List<Area>> byName = new HashMap<>();
    /** The names, to find in a text by where they end: a report's text is read once per check. */
    private NameEndings endings;

    static Gazetteer places() {
        return PLACES;
    }

    List<Area> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The area names the text holds, in the order they first occur; unmodifiable. */
    Set<String> namesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        Consumer<String> add = names::add;
        for (int end = 1; end <= text.length(); end++) {
            endings.endingAt(text, end, add);
        }
        return Collections.unmodifiableSet(names);
    }

    private static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        Map<String, Area> byPath = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("places.txt")) {
            if (in == null) {
                throw new IllegalStateException("places.txt is missing from the validation bundle");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int cut = line.lastIndexOf('\t');
                String name = line.substring(cut + 1);
                Area area = new Area(name, cut < 0 ? null : byPath.get(line.substring(0, cut)));
                byPath.put(line, area);
                gazetteer.byName.computeIfAbsent(name, n -> new ArrayList<>()).add(area);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gazetteer.endings = new NameEndings(gazetteer.byName.keySet());
        return gazetteer;
    }
}
