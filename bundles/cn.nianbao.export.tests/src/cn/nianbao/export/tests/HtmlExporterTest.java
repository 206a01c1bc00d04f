package cn.nianbao.export.tests;

import cn.nianbao.export.HtmlExporter;
import cn.nianbao.export.ReportExporter;

class HtmlExporterTest extends ExporterContractTest {

    @Override
    protected ReportExporter exporter() {
        return new HtmlExporter();
    }

    @Override
    protected ExportedView read(byte[] bytes) {
        return HtmlView.read(bytes);
    }
}
