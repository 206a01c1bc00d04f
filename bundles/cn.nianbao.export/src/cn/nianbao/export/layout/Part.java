package cn.nianbao.export.layout;

/** One piece of a report document, in print order. Each writer renders the same sequence of parts. */
public sealed interface Part {

    /** The report title, centred at the top. */
    record Title(String text) implements Part {
    }

    /** A heading: level 1 for 一、…六、, level 2 for the sub-topics （一）… of section 一 and the appendix. */
    record Heading(int level, String text) implements Part {
    }

    /** A paragraph of body text. */
    record Paragraph(String text) implements Part {
    }

    /** One of the three tables. */
    record Table(PrintedTable table) implements Part {
    }
}
