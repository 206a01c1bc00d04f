"""Locates the data cells of the grid shown in the editor from a screenshot (raw RGB on stdin).

Usage: convert shot.png -depth 8 rgb:- | python3 grid_geometry.py WIDTH HEIGHT
Prints two lines: the x centres of the data columns wholly on screen, then the y centres of the body rows, of the top-most
grid in the editor area. A data cell is a white box bounded left and right (or above and below) by the grid
line colour; row labels and headers have a tinted fill, so the first white boxes are the body's.
"""
import sys

LINE = (0x90, 0x98, 0xA4)
WHITE = (255, 255, 255)


def main():
    width, height = int(sys.argv[1]), int(sys.argv[2])
    data = sys.stdin.buffer.read()

    def px(x, y):
        i = (y * width + x) * 3
        return tuple(data[i:i + 3])

    def near(c, ref, tol=12):
        return all(abs(a - b) <= tol for a, b in zip(c, ref))

    def bounded_runs(points, minimum):
        """(start, end) of white runs along a line of pixels whose two ends touch a grid line."""
        runs, start = [], None
        for i, c in enumerate(points):
            if c == WHITE:
                if start is None:
                    start = i
            else:
                if start is not None and i - start >= minimum and start > 0 and near(points[start - 1], LINE) \
                        and near(c, LINE):
                    runs.append((start, i - 1))
                start = None
        return runs

    left = int(width * 0.2)
    for y in range(60, height - 40):
        row = [px(x, y) for x in range(left, width)]
        columns = bounded_runs(row, 30)
        if len(columns) >= 2:
            break
    else:
        print("NOGRID")
        return
    # every cell of that row from the first white one on, the tinted 总计 column too, when it is whole
    first = columns[0][0]
    cells, start = [], None
    for i in range(first, width - left):
        if near(row[i], LINE):
            if start is not None and i - start >= 30:
                cells.append((start, i - 1))
            start = None
        elif start is None:
            start = i
    xs = [left + (a + b) // 2 for a, b in cells]
    column = [px(xs[0], yy) for yy in range(y - 2, height)]
    rows = bounded_runs(column, 10)
    ys = [y - 2 + (a + b) // 2 for a, b in rows]
    # the Checks view below the editor is a white table too: stop at the first gap much larger than a row
    kept = ys[:1]
    for v in ys[1:]:
        if v - kept[-1] > 3 * (kept[1] - kept[0] if len(kept) > 1 else 40):
            break
        kept.append(v)
    print(" ".join(map(str, xs)))
    print(" ".join(map(str, kept)))


main()
