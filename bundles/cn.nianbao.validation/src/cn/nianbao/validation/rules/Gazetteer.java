package cn.nianbao.validation.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
     * The names spelled backwards from their last character: a text is read once per check, and at each
     * character the walk back stops at the first character no name has there (mostly at once).
     */
    private final Suffixes suffixes = new Suffixes();
    /** The characters names end with, each once. */
    private char[] lastChars = new char[0];
    /**
     * The last two characters of every name, hashed into a bit table: in government prose most 市/区/县 end
     * no name (全市, 各区, 县级), and this test passes them without walking the names.
     */
    private final long[] lastPairs = new long[PAIR_BITS / 64];
    private static final int PAIR_BITS = 1 << 16;
    /** The length of the shortest name; the pair test needs names of two characters or more. */
    private int shortest = Integer.MAX_VALUE;

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
        boolean pairs = shortest >= 2;
        long[] endPairs = lastPairs;
        int[] ends = candidateEnds(text);
        for (int end : ends) {
            if (pairs) {
                if (end < 2) {
                    continue;
                }
                int bit = pair(text.charAt(end - 2), text.charAt(end - 1));
                if ((endPairs[bit >>> 6] & (1L << bit)) == 0) {
                    continue;
                }
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

    /**
     * The positions after every character of the text that ends a name, in text order: found with one
     * {@code indexOf} per such character (names end with 14 different characters, and {@code indexOf} passes
     * the others many at a time) instead of visiting each character of the report.
     */
    private int[] candidateEnds(String text) {
        int[] ends = new int[32];
        int n = 0;
        for (char last : lastChars) {
            for (int at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, 2 * n);
                }
                ends[n++] = at + 1;
            }
        }
        int[] sorted = Arrays.copyOf(ends, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private static int pair(char before, char last) {
        return (before * 31 + last) & (PAIR_BITS - 1);
    }

    /** Where the longest name of at least {@code minLength} characters that ends at {@code end} starts, or -1. */
    private int longestEndingAt(String text, int end, int minLength) {
        int longest = -1;
        Suffixes node = suffixes.child(text.charAt(end - 1));
        for (int length = 1; node != null; length++) {
            if (node.name && length >= minLength) {
                longest = length;
            }
            if (length == end) {
                break;
            }
            node = node.child(text.charAt(end - 1 - length));
        }
        return longest < 0 ? -1 : end - longest;
    }

    /** A node of the names read backwards: the characters that may come before, and whether a name starts here. */
    private static final class Suffixes {

        private char[] keys = new char[0];
        private Suffixes[] next = new Suffixes[0];
        private boolean name;

        Suffixes child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at < 0 ? null : next[at];
        }

        void add(String name) {
            Suffixes node = this;
            for (int i = name.length() - 1; i >= 0; i--) {
                node = node.childOrNew(name.charAt(i));
            }
            node.name = true;
        }

        private Suffixes childOrNew(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return next[at];
            }
            int insert = -at - 1;
            char[] newKeys = new char[keys.length + 1];
            Suffixes[] newNext = new Suffixes[keys.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, insert);
            System.arraycopy(next, 0, newNext, 0, insert);
            newKeys[insert] = c;
            newNext[insert] = new Suffixes();
            System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
            System.arraycopy(next, insert, newNext, insert + 1, keys.length - insert);
            keys = newKeys;
            next = newNext;
            return newNext[insert];
        }
    }

    private static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        Map<String, Area> byPath = new HashMap<>();
        StringBuilder lastChars = new StringBuilder();
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
                gazetteer.suffixes.add(name);
                char last = name.charAt(name.length() - 1);
                if (lastChars.indexOf(String.valueOf(last)) < 0) {
                    lastChars.append(last);
                }
                gazetteer.shortest = Math.min(gazetteer.shortest, name.length());
                if (name.length() >= 2) {
                    int bit = pair(name.charAt(name.length() - 2), name.charAt(name.length() - 1));
                    gazetteer.lastPairs[bit >>> 6] |= 1L << bit;
                }
            }
            gazetteer.lastChars = lastChars.toString().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gazetteer;
    }
}
