package cn.nianbao.validation.prose;

import java.util.List;

import cn.nianbao.model.CellAddress;

/**
 * One figure the prose states: "受理政府信息公开申请17件" is RECEIVED = 17. An approximate figure
 * ("300余件", "近百件") holds a range of values.
 *
 * @param quantity what is counted
 * @param cells    the table cells it stands for (summed)
 * @param value    the number as written
 * @param low      the smallest value the wording allows
 * @param high     the largest value the wording allows (= value when exact)
 * @param section  the key of the text section (S1.2 …)
 * @param sentence the sentence, normalised
 * @param excerpt  the words from the keyword to the number, as the message quotes them
 * @param scope    a word that gives the sentence a scope other than the table's (全市, 备案 …), or null
 */
public record Figure(Quantity quantity, List<CellAddress> cells, long value, long low, long high, String section,
        String sentence, String excerpt, String scope) {

    public Figure {
        cells = List.copyOf(cells);
    }

    public boolean exact() {
        return low == high;
    }

    public boolean admits(long tableValue) {
        return tableValue >= low && tableValue <= high;
    }
}
