package cn.nianbao.review.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import cn.nianbao.review.compare.Comparison;
import cn.nianbao.review.compare.ParagraphPair;
import cn.nianbao.review.compare.SectionComparison;
import cn.nianbao.review.compare.Span;
import cn.nianbao.review.ui.ReviewMessages;

/**
 * The text sections of both reports, paragraph beside paragraph in one scrolled page (so both sides
 * always scroll together): changed passages highlighted, added and removed paragraphs tinted, each
 * section headed by its similarity (XY-03's measure, as on the summary; the measure explained in a tooltip), in
 * red when it reaches the threshold of a copied text.
 */
final class TextComparePage extends Navigable<StyledText[]> {

    private final ScrolledComposite scrolled;
    private final Composite content;
    private final Color changed;
    private final Color added;
    private final Color removed;
    private final Color copied;
    private final List<Label> headings = new ArrayList<>();

    TextComparePage(Composite parent, Comparison comparison, CompareSides sides, boolean english) {
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        content = new Composite(scrolled, SWT.NONE);
        content.setLayout(new GridLayout(2, true));
        changed = new Color(parent.getDisplay(), 0xFD, 0xE6, 0x8A);
        added = new Color(parent.getDisplay(), 0xD4, 0xF0, 0xD4);
        removed = new Color(parent.getDisplay(), 0xF8, 0xD0, 0xD0);
        copied = new Color(parent.getDisplay(), 0xB0, 0x10, 0x10);
        header(sides.left());
        header(sides.right());
        for (SectionComparison section : comparison.sections()) {
            section(section, sides.years(), english);
        }
        scrolled.setContent(content);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.addListener(SWT.Resize, e -> relayout());
        scrolled.getVerticalBar().setIncrement(24);
        relayout();
    }

    private void relayout() {
        int width = Math.max(400, scrolled.getClientArea().width);
        Point size = content.computeSize(width, SWT.DEFAULT);
        scrolled.setMinSize(size);
        content.setSize(size);
    }

    private void section(SectionComparison section, boolean years, boolean english) {
        String similarity = Double.isNaN(section.similarity()) ? ReviewMessages.Compare_tooShort
                : Format.percent(section.similarity());
        Label heading = header((english ? section.headingEn() : section.heading()) + "    "
                + ReviewMessages.bind(ReviewMessages.Compare_sectionSimilarity, similarity, section.differences()));
        headings.add(heading);
        if (years) {
            heading.setToolTipText(ReviewMessages.Compare_similarityExplained);
        }
        if (years && section.copied()) {
            heading.setForeground(copied);
            heading.setText(heading.getText() + "  " + ReviewMessages.Compare_copied);
        }
        ((GridData) heading.getLayoutData()).horizontalSpan = 2;
        for (ParagraphPair pair : section.paragraphs()) {
            StyledText left = paragraph(pair.before(), pair.beforeChanges(), pair.kind() == ParagraphPair.Kind.REMOVED ? removed : null);
            StyledText right = paragraph(pair.after(), pair.afterChanges(), pair.kind() == ParagraphPair.Kind.ADDED ? added : null);
            if (pair.isDifference()) {
                addStop(new StyledText[] { left, right });
            }
        }
    }

    private Label header(String text) {
        Label label = new Label(content, SWT.WRAP);
        label.setText(text);
        label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.verticalIndent = 8;
        label.setLayoutData(data);
        return label;
    }

    private StyledText paragraph(String text, List<Span> spans, Color whole) {
        StyledText styled = new StyledText(content, SWT.WRAP | SWT.READ_ONLY | SWT.MULTI);
        styled.setText(text == null ? "" : text);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.widthHint = 200;
        styled.setLayoutData(data);
        if (text != null && whole != null) {
            styled.setBackground(whole);
        } else if (text != null) {
            for (Span span : spans) {
                StyleRange range = new StyleRange(span.start(), span.length(), null, changed);
                range.underline = true;
                styled.setStyleRange(range);
            }
        }
        return styled;
    }

    /** The heading of each section with its similarity, in order. */
    List<Label> headings() {
        return headings;
    }

    Control control() {
        return scrolled;
    }

    @Override
    protected void show(StyledText[] pair) {
        scrolled.showControl(pair[1]);
        pair[1].setFocus();
    }

    void dispose() {
        changed.dispose();
        added.dispose();
        removed.dispose();
        copied.dispose();
    }
}
