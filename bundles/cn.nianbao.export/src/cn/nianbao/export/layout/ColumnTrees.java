package cn.nianbao.export.layout;

import java.util.List;

import cn.nianbao.model.catalogue.ColumnDef;

/** Depth and width of a column tree, for header spans. */
final class ColumnTrees {

    private ColumnTrees() {
    }

    static int depth(List<ColumnDef> nodes) {
        int depth = 0;
        for (ColumnDef node : nodes) {
            depth = Math.max(depth, 1 + depth(node.getChildren()));
        }
        return depth;
    }

    static int leafCount(ColumnDef node) {
        if (node.getChildren().isEmpty()) {
            return 1;
        }
        return node.getChildren().stream().mapToInt(ColumnTrees::leafCount).sum();
    }
}
