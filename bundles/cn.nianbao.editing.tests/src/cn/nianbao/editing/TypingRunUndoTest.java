package cn.nianbao.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;

import cn.nianbao.model.ReportData;
import cn.nianbao.model.report.AgencyLevel;
import cn.nianbao.model.report.ReportPackage;
import cn.nianbao.model.report.TextSection;

/**
 * Text typed into a section is undone a run at a time: what was typed since the last pause, not a letter
 * at a time, and a run still going is undone whole before anything older.
 */
class TypingRunUndoTest {

    private final ReportDocument document = ReportDocuments.create("测试市人民政府", AgencyLevel.values()[1], 2024);
    private final TextSection section = ReportData.section(document.report(), "S6");

    @Test
    void eachRunOfTypingIsOneStep() {
        Field field = new Field();
        field.type("abc");
        document.endTyping(); // a pause ends the run
        field.type("def");
        document.endTyping();
        assertEquals("abcdef", section.getBody());

        document.undo();
        assertEquals("abc", section.getBody(), "the run after the pause goes first, whole");
        document.undo();
        assertEquals("", body());
        assertFalse(document.canUndo());
    }

    @Test
    void aRunStillGoingIsUndoneFirst() {
        Field field = new Field();
        field.type("abc");
        document.endTyping();
        field.type("def");
        assertTrue(document.canUndo() && document.isDirty(), "typing not yet in the history can be undone");
        assertEquals("编辑 S6", document.undoLabel(), "the menu names the run being typed");

        document.undo();
        assertEquals("abc", section.getBody());
        field.text = section.getBody(); // the field shows the model again, as the workbench's does
        document.redo();
        assertEquals("abcdef", section.getBody());
    }

    private String body() {
        return section.getBody() == null ? "" : section.getBody();
    }

    /** A text field without a display: holds what is typed and puts it into the model when its run ends. */
    private final class Field implements TextEdit {

        private String text = "";

        void type(String more) {
            text += more;
            document.typing(this);
        }

        @Override
        public String label() {
            return "编辑 " + section.getKey();
        }

        @Override
        public void commit() {
            if (!text.equals(body())) {
                SetCommand command = new SetCommand(document.domain(), section, ReportPackage.Literals.TEXT_SECTION__BODY, text);
                command.setLabel(label());
                document.execute(command);
            }
        }
    }
}
