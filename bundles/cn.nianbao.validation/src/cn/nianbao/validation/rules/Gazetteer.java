package cn.nianbao.validation.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /**
     * The lengths of the names ending in each character, to try at the places of that character only, and
     * the characters names begin with: a report's text is read once per check, without a lookup at every
     * character.
     */
    private final Map<Character, int[]> lengthsByLastChar = new HashMap<>();
    private final BitSet lastChars = new BitSet(Character.MAX_VALUE + 1);
    private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);

    static Gazetteer places() {
        return PLACES;
    }

    List<Area> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The area names the text holds, in the order they first occur; unmodifiable. See {@link #namesIn(String, int)}. */
    Set<String> namesIn(String text) {
        return namesIn(text, 1);
    }

    /**
     * The area names of at least {@code minLength} characters the text holds, in the order they first occur;
     * unmodifiable. Where names overlap the longer one is the name (平和县, not 和县 in it); a name that only
     * overlaps an earlier one is no name there.
     */
    Set<String> namesIn(String text, int minLength) {
        List<int[]> spans = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            if (!lastChars.get(text.charAt(end - 1))) {
                continue;
            }
            int start = longestEndingAt(text, end, minLength);
            if (start < 0) {
                continue;
            }
            while (!spans.isEmpty() && start <= spans.get(spans.size() - 1)[0]) {
                spans.remove(spans.size() - 1);
            }
            if (spans.isEmpty() || start >= spans.get(spans.size() - 1)[1]) {
                spans.add(new int[] { start, end });
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (int[] span : spans) {
            names.add(text.substring(span[0], span[1]));
        }
        return Collections.unmodifiableSet(names);
    }

    /** Where the longest name of at least {@code minLength} characters that ends at {@code end} starts, or -1. */
    private int longestEndingAt(String text, int end, int minLength) {
        int[] lengths = lengthsByLastChar.get(text.charAt(end - 1));
        for (int i = lengths.length - 1; i >= 0 && lengths[i] >= minLength; i--) {
            int length = lengths[i];
            if (length > end || !firstChars.get(text.charAt(end - length))) {
                continue;
            }
            if (byName.containsKey(text.substring(end - length, end))) {
                return end - length;
            }
        }
        return -1;
    }

    private static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        Map<String, Area> byPath = new HashMap<>();
        Map<Character, Set<Integer>> lengths = new HashMap<>();
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
                lengths.computeIfAbsent(name.charAt(name.length() - 1), c -> new LinkedHashSet<>()).add(name.length());
                gazetteer.lastChars.set(name.charAt(name.length() - 1));
                gazetteer.firstChars.set(name.charAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lengths.forEach((last, set) -> gazetteer.lengthsByLastChar.put(last,
                set.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return gazetteer;
    }
}
