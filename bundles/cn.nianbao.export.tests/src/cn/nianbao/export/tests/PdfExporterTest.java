package cn.nianbao.export.tests;

import cn.nianbao.export.PdfExporter;
import cn.nianbao.export.ReportExporter;

class PdfExporterTest extends ExporterContractTest {

    @Override
    protected ReportExporter exporter() {
        return new PdfExporter();
    }

    @Override
    protected ExportedView read(byte[] bytes) {
        return PdfView.read(bytes);
    }
}
