package cn.nianbao.export.tests;

import cn.nianbao.export.DocxExporter;
import cn.nianbao.export.ReportExporter;

class DocxExporterTest extends ExporterContractTest {

    @Override
    protected ReportExporter exporter() {
        return new DocxExporter();
    }

    @Override
    protected ExportedView read(byte[] bytes) {
        return DocxView.read(bytes);
    }
}
