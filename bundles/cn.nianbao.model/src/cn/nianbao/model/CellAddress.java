package cn.nianbao.model;

/**
 * The address of one numeric cell: table id (T2, T3, T4), row id and column id as the format catalogue
 * defines them. These ids are the exchange format of the command line, CSV and JSON.
 */
public record CellAddress(String table, String row, String column) {

    @Override
    public String toString() {
        return table + "/" + row + "/" + column;
    }
}
