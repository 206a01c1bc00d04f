package cn.nianbao.io.text;

/** A piece of label text and the 1-based line it was printed on. */
record Piece(int line, String text) {
}
