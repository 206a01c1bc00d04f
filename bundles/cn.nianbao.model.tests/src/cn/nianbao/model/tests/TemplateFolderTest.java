package cn.nianbao.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.model.format.FormatCatalogue;
import cn.nianbao.model.format.Template;
import cn.nianbao.model.format.TemplateFolder;
import cn.nianbao.testing.FutureFormat;

/**
 * Templates installed by dropping their catalogue file into the data folder's templates/: the good ones are
 * registered, each bad one is skipped with its reason, and none can replace a national format or reach
 * outside the file.
 */
class TemplateFolderTest {

    @TempDir
    Path folder;

    @Test
    void aTemplateFileInTheFolderIsRegisteredWithItsOwnRowsAndColumns() throws IOException {
        write("local-2097.xmi", future().replace("version=\"2099\"", "version=\"folder-2097\"")
                .replace("firstYear=\"2098\" lastYear=\"0\"", "firstYear=\"2097\" lastYear=\"2097\""));
        Files.writeString(folder.resolve("readme.txt"), "not a template");

        assertEquals(List.of(), TemplateFolder.registerAll(folder));

        Template local = FormatCatalogue.template("folder-2097");
        assertNotNull(local, "the dropped-in template is in the catalogue");
        assertEquals("9.属于数据安全保护事项", local.table("T3").row("R26").getLabel());
        assertNotNull(local.table("T3").leafColumns().stream().filter(c -> c.getLabel().equals("行业协会商会")).findFirst()
                .orElse(null));
    }

    @Test
    void badFilesAreSkippedEachWithItsReasonAndTheGoodOnesStillLoad() throws IOException {
        write("a-broken.xmi", "<cat:TemplateDef version=\"x\"");
        write("b-national.xmi", future().replace("version=\"2099\"", "version=\"2021\""));
        write("c-good.xmi", future().replace("version=\"2099\"", "version=\"folder-2096\"")
                .replace("firstYear=\"2098\" lastYear=\"0\"", "firstYear=\"2096\" lastYear=\"2096\""));

        List<TemplateFolder.Problem> problems = TemplateFolder.registerAll(folder);

        assertEquals(List.of("a-broken.xmi", "b-national.xmi"), problems.stream().map(p -> p.file().getFileName().toString()).toList());
        assertTrue(problems.get(0).zh().contains("a-broken.xmi") && problems.get(0).en().contains("a-broken.xmi"));
        assertTrue(problems.get(1).en().contains("2021"), problems.get(1).en());
        assertNotNull(FormatCatalogue.template("folder-2096"));
        assertNull(FormatCatalogue.template("2021").table("T3").row("R26"), "the national 2021 format is untouched");
    }

    @Test
    void aTemplateFileWithADocumentTypeIsRefusedSoItCannotReadOtherFiles() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "SECRET-VALUE");
        String future = future();
        String withEntity = future.replace("<cat:TemplateDef", "<!DOCTYPE cat:TemplateDef [<!ENTITY e SYSTEM \""
                + secret.toUri() + "\">]>\n<cat:TemplateDef").replace("version=\"2099\"", "version=\"folder-2095\"")
                .replace("<layoutMarkers>本年制发件数</layoutMarkers>", "<layoutMarkers>&e;</layoutMarkers>");
        write("entity.xmi", withEntity);

        List<TemplateFolder.Problem> problems = TemplateFolder.registerAll(folder);

        assertEquals(1, problems.size());
        assertNull(FormatCatalogue.template("folder-2095"));
    }

    @Test
    void noFolderMeansNoTemplatesAndNoProblem() {
        assertEquals(List.of(), TemplateFolder.registerAll(folder.resolve("templates")));
    }

    private static String future() throws IOException {
        return Files.readString(FutureFormat.dir().resolve("v2099.xmi"));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }
}
