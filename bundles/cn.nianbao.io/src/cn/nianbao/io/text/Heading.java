package cn.nianbao.io.text;

/** A section heading found in the text: S1..S6, its 0-based line index and the heading as printed. */
record Heading(String key, int index, String text) {
}
