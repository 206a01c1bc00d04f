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
}
