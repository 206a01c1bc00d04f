package cn.nianbao.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The notes of one import, in the order they were made. */
public final class ImportReport {

    private final List<ImportNote> notes = new ArrayList<>();

    public List<ImportNote> notes() {
        return Collections.unmodifiableList(notes);
    }

    public void add(ImportNote note) {
        notes.add(note);
    }

    /**
     * True when something of the source may be missing from the model: a note other than DEVIATION (a
     * deviation is read faithfully and is left to the validation).
     */
    public boolean hasProblems() {
        return notes.stream().anyMatch(n -> n.kind() != ImportNote.Kind.DEVIATION);
    }

    public List<ImportNote> notes(ImportNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).toList();
    }

    @Override
    public String toString() {
        return notes.toString();
    }
}
