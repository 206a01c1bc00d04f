package cn.nianbao.export.tests;

import cn.nianbao.export.HtmlExporter;
import cn.nianbao.export.ReportExporter;

class HtmlFragmentExporterTest extends ExporterContractTest {

    @Override
    protected ReportExporter exporter() {
        return HtmlExporter.fragment();
    }

    @Override
    protected ExportedView read(byte[] bytes) {
        return HtmlView.read(bytes);
    }
}
