package cn.nianbao.review.ui.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of the compare editor that steps from one difference to the next (F8) or back (Shift+F8): the page
 * adds its differences in reading order and says how to show one.
 */
abstract class Navigable<T> {

    private final List<T> stops = new ArrayList<>();
    private int position = -1;

    /** Brings this difference into view on both sides. */
    protected abstract void show(T stop);

    protected final void addStop(T stop) {
        stops.add(stop);
    }

    /** Moves to the next (or previous) difference; false when there is none in that direction. */
    final boolean step(boolean forward) {
        int next = forward ? position + 1 : position - 1;
        if (next < 0 || next >= stops.size()) {
            return false;
        }
        position = next;
        show(stops.get(position));
        return true;
    }

    /** Where the selection is now, for tests and the status line: an index into the page's stops, or −1. */
    final int position() {
        return position;
    }

    final int stops() {
        return stops.size();
    }

    /** The difference shown now, or null before the first step. */
    final T current() {
        return position < 0 ? null : stops.get(position);
    }
}
