package cn.nianbao.editing;

/**
 * Typing in a text section that is not yet in the undo history (the run is still going). Undo and the Edit
 * menu close the run first, so that Ctrl+Z always undoes what was typed last.
 */
public interface TextEdit {

    /** What the Edit menu calls this change, e.g. "编辑 一、总体情况". */
    String label();

    /** Ends the run: puts the typed text into the undo history as one command. */
    void commit();
}
