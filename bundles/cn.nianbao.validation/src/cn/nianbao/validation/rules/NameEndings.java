package cn.nianbao.validation.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A set of names read backwards, character by character, from a place in a text: which names end there. A
 * walk from a 市 or 区 of a report's prose stops after a character or two where no name goes on, so that a
 * text is scanned once without cutting out a candidate string at every place a name could end.
 */
final class NameEndings {

    /** A node: the names that end with the characters walked so far (read backwards), and how to go on. */
    private static final class Node {
        String name;
        char[] keys = new char[0];
        Node[] next = new Node[0];

        Node child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at < 0 ? null : next[at];
        }
    }

    private final Node root;

    NameEndings(Collection<String> names) {
        root = build(names);
    }

    /** Calls {@code found} with each name that ends just before {@code end}, shortest first. */
    void endingAt(String text, int end, Consumer<String> found) {
        Node node = root;
        for (int i = end - 1; i >= 0; i--) {
            node = node.child(text.charAt(i));
            if (node == null) {
                return;
            }
            if (node.name != null) {
                found.accept(node.name);
            }
        }
    }

    private static Node build(Collection<String> names) {
        Builder root = new Builder();
        for (String name : names) {
            Builder node = root;
            for (int i = name.length() - 1; i >= 0; i--) {
                node = node.children.computeIfAbsent(name.charAt(i), c -> new Builder());
            }
            node.name = name;
        }
        return root.freeze();
    }

    /** The trie while it is being filled; frozen into sorted arrays for the lookups. */
    private static final class Builder {
        String name;
        final Map<Character, Builder> children = new TreeMap<>();

        Node freeze() {
            Node node = new Node();
            node.name = name;
            node.keys = new char[children.size()];
            node.next = new Node[children.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> child : children.entrySet()) {
                node.keys[i] = child.getKey();
                node.next[i++] = child.getValue().freeze();
            }
            return node;
        }
    }
}
