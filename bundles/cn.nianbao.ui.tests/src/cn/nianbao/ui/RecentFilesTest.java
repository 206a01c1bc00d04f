package cn.nianbao.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;

/** The recent files: most recent first, each once, at most ten, kept in the preferences across a restart. */
class RecentFilesTest {

    private final Preferences node = InstanceScope.INSTANCE.getNode("cn.nianbao.ui.tests.recent" + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void theFileOpenedLastComesFirstAndOnlyOnce() {
        RecentFiles recent = new RecentFiles(node);
        recent.remember(Path.of("/tmp/a.nianbao"), "宝鸡市科学技术局", 2024);
        recent.remember(Path.of("/tmp/b.nianbao"), "宿迁市人民政府", 2023);
        recent.remember(Path.of("/tmp/a.nianbao"), "宝鸡市科学技术局", 2024);
        assertEquals(List.of(new RecentFiles.Entry(Path.of("/tmp/a.nianbao"), "宝鸡市科学技术局", 2024),
                new RecentFiles.Entry(Path.of("/tmp/b.nianbao"), "宿迁市人民政府", 2023)), recent.entries());
    }

    @Test
    void tenAreKeptAndTheyOutliveTheWorkbench() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 1; i <= 12; i++) {
            recent.remember(Path.of("/tmp/r" + i + ".nianbao"), "机关" + i, 2020);
        }
        List<RecentFiles.Entry> after = new RecentFiles(node).entries();
        assertEquals(10, after.size());
        assertEquals(Path.of("/tmp/r12.nianbao"), after.get(0).file());
        assertEquals(Path.of("/tmp/r3.nianbao"), after.get(9).file());
    }

    @Test
    void aForgottenFileIsGoneAndAnAgencyWithATabStaysOneEntry() {
        RecentFiles recent = new RecentFiles(node);
        recent.remember(Path.of("/tmp/a.nianbao"), "甲\t局", 2024);
        recent.remember(Path.of("/tmp/b.nianbao"), "乙局", 2024);
        recent.forget(Path.of("/tmp/b.nianbao"));
        assertEquals(List.of(new RecentFiles.Entry(Path.of("/tmp/a.nianbao"), "甲 局", 2024)), recent.entries());
    }
}
