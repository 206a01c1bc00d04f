package cn.nianbao.export.tests;

import cn.nianbao.export.XlsxExporter;
import cn.nianbao.export.ReportExporter;

class XlsxExporterTest extends ExporterContractTest {

    @Override
    protected ReportExporter exporter() {
        return new XlsxExporter();
    }

    @Override
    protected ExportedView read(byte[] bytes) {
        return XlsxView.read(bytes);
    }

    /** The workbook always has the sheet 检查结果 instead of an appendix. */
    @Override
    protected boolean hasAppendix() {
        return false;
    }

    /** A number stays a number in the workbook (summable), though the report printed a unit beside it. */
    @Override
    protected boolean keepsNumbersAsNumbers() {
        return true;
    }
}
