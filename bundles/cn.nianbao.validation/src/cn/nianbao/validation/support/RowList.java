package cn.nianbao.validation.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;
import cn.nianbao.validation.support.Messages.Text;

/**
 * A list of cells told as rows, for messages a person reads: "二、三（二）、一（6 格）" — a row is named
 * alone when all its cells are concerned, with the number of cells otherwise.
 */
public final class RowList {

    private final Map<String, Integer> countByRow = new LinkedHashMap<>();
    private final String tableId;

    public RowList(String tableId, List<CellAddress> cells) {
        this.tableId = tableId;
        for (CellAddress cell : cells) {
            countByRow.merge(cell.row(), 1, Integer::sum);
        }
    }

    public int rowCount() {
        return countByRow.size();
    }

    public Text describe(Template template, Names names, Messages messages) {
        TableLayout table = template.table(tableId);
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : countByRow.entrySet()) {
            String row = entry.getKey();
            int all = table.row(row) == null ? -1 : table.columnsOf(table.row(row)).size();
            String zhName = names.shortZh(tableId, row);
            String enName = names.shortEn(tableId, row);
            if (entry.getValue() != all) {
                zhName = messages.zh("rows.partial", zhName, entry.getValue());
                enName = messages.en("rows.partial", enName, entry.getValue());
            }
            zh.add(zhName);
            en.add(enName);
        }
        return new Text(String.join("、", zh), String.join("; ", en));
    }
}
