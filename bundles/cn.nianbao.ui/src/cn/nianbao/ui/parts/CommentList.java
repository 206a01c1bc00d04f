package cn.nianbao.ui.parts;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import cn.nianbao.editing.ReportDocument;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.ui.Failures;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.Reviewer;
import cn.nianbao.ui.TableColumns;

/**
 * The 意见 group of the Checks view: the reviewers' comments on the report beside its findings, each with
 * what it is about as the table prints it, who wrote it, the return round and a 已处理 box the officer ticks.
 * A double-click on a comment goes to what it is about: the cell, the finding's first cell, or the passage
 * (selected again).
 */
final class CommentList {

    private final Group group;
    private final CheckboxTableViewer viewer;
    private final RepositoryAccess repository;
    private ReportDocument shown;

    CommentList(Composite parent, RepositoryAccess repository, BiConsumer<ReportDocument, ReviewComment> reveal) {
        this.repository = repository;
        group = new Group(parent, SWT.NONE);
        group.setText(Messages.Comments_title);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(group);
        viewer = CheckboxTableViewer.newCheckList(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TableColumns.add(viewer, ReviewComment.class, Messages.Comments_done, 70,
                c -> c.getDoneBy() == null ? "" : c.getDoneBy());
        TableColumns.add(viewer, ReviewComment.class, Messages.Comments_text, 300, ReviewComment::getText);
        TableColumns.add(viewer, ReviewComment.class, Messages.Comments_anchor, 260,
                c -> shown == null ? "" : CommentPlaces.of(shown.report(), c), c -> null, CommentPlaces::ids);
        TableColumns.add(viewer, ReviewComment.class, Messages.Comments_author, 80, ReviewComment::getAuthor);
        TableColumns.add(viewer, ReviewComment.class, Messages.Comments_round, 60,
                c -> Messages.bind(Messages.Comments_roundN, c.getReturnRound()));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return ((ReviewComment) element).getDoneBy() != null;
            }

            @Override
            public boolean isGrayed(Object element) {
                return false;
            }
        });
        viewer.addCheckStateListener(e -> tick((ReviewComment) e.getElement(), e.getChecked()));
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof ReviewComment c) {
                reveal.accept(shown, c);
            }
        });
    }

    Group control() {
        return group;
    }

    /** Shows the comments of a document (none for null); returns how many there are. */
    int show(ReportDocument document) {
        shown = document;
        List<ReviewComment> comments = List.of();
        if (document != null) {
            try {
                comments = DocumentReview.comments(repository, document);
            } catch (Exception e) {
                Failures.show(group.getShell(), CommentList.class, Messages.Comments_title,
                        Messages.bind(Messages.Repository_failed, FileDialogs.reason(e)), e);
            }
        }
        viewer.setInput(comments);
        long open = comments.stream().filter(c -> c.getDoneBy() == null).count();
        group.setText(Messages.bind(Messages.Comments_titleCount, comments.size(), open));
        return comments.size();
    }

    /** The comments shown now (tests read them). */
    List<?> shownComments() {
        return (List<?>) viewer.getInput();
    }

    /** Ticks or unticks a comment's 已处理 box as the officer does (tests call this as a click would). */
    void tick(ReviewComment comment, boolean done) {
        try {
            DocumentReview.setDone(repository, shown, comment, done, Reviewer.name());
        } catch (Exception e) {
            Failures.show(group.getShell(), CommentList.class, Messages.Comments_title,
                    Messages.bind(Messages.Repository_failed, FileDialogs.reason(e)), e);
        }
        show(shown);
    }
}
