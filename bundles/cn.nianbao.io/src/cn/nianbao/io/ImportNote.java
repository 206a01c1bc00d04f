package cn.nianbao.io;

/**
 * One remark of an importer about the source: a part it did not find, could not place, could not read,
 * or found deviating from the template. Line numbers are 1-based, 0 when there is none.
 */
public record ImportNote(ImportNote.Kind kind, String tableId, String elementId, int line, String messageZh,
        String messageEn) {

    public enum Kind {
        /** The source lacks the element (a row, a table, a section). */
        ABSENT,
        /** The source has it, but it could be read in more than one way; the importer chose one. */
        AMBIGUOUS,
        /** The source has something there that could not be read. */
        UNREADABLE,
        /** Read faithfully, but the source departs from the template (e.g. （六） printed unsplit). */
        DEVIATION
    }

    @Override
    public String toString() {
        return kind + " " + (tableId == null ? "" : tableId + "/") + (elementId == null ? "" : elementId)
                + (line > 0 ? " @" + line : "") + ": " + messageEn;
    }
}
