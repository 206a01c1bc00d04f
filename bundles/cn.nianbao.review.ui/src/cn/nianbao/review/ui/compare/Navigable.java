package cn.nianbao.review.ui.compare;

/** A page of the compare editor that can step from one difference to the next (F8) or back (Shift+F8). */
interface Navigable {

    /** Moves to the next (or previous) difference; false when there is none in that direction. */
    boolean step(boolean forward);

    /** Where the selection is now, for tests and the status line: an index into the page's stops, or −1. */
    int position();

    int stops();
}
