package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import cn.nianbao.model.ReportData;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Revision;
import cn.nianbao.store.VerifyResult;

/** The optimistic revision check: a save based on a revision someone else replaced is refused, never an overwrite. */
@ParameterizedClass
@EnumSource(Backend.class)
class ConflictTest {

    @Parameter
    Backend backend;

    @TempDir
    Path data;

    @Test
    void aSaveBasedOnAReplacedRevisionIsRefusedWithWhoSavedWhat() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            repo.saveRevision(Reports.of("甲局", 2024, 1, 2), "张三", null, 0);
            // 李四 and 王五 both opened revision 1; 李四 saves first
            Revision theirs = repo.saveRevision(Reports.of("甲局", 2024, 5, 6), "李四", null, 1);
            assertEquals(2, theirs.number());

            RepositoryException refused = assertThrows(RepositoryException.class,
                    () -> repo.saveRevision(Reports.of("甲局", 2024, 7, 8), "王五", null, 1));
            assertEquals(RepositoryException.Kind.CONFLICT, refused.kind());
            assertTrue(refused.messageZh().contains("已由 李四") && refused.messageZh().contains("保存为第 2 版")
                    && refused.messageZh().contains("您打开第 1 版"), refused.messageZh());
            assertTrue(refused.messageEn().contains("saved by 李四") && refused.messageEn().contains("as revision 2")
                    && refused.messageEn().contains("NOT saved"), refused.messageEn());

            long reportId = theirs.reportId();
            List<Revision> history = repo.history(reportId);
            assertEquals(List.of("张三", "李四"), history.stream().map(Revision::author).toList());
            assertEquals(new BigDecimal("5"), ReportData.value(repo.load(history.get(1).id()), Reports.NEW_NATURAL),
                    "李四's revision is the current one, untouched");

            Revision merged = repo.saveRevision(Reports.of("甲局", 2024, 7, 8), "王五", null, 2);
            assertEquals(3, merged.number(), "based on the current revision the save goes through");
            VerifyResult verified = repo.verify();
            assertTrue(verified.ok(), verified.problems()::toString);
        }
    }

    @Test
    void aReportFiledByTwoPeopleAsNewIsFiledOnce() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            repo.saveRevision(Reports.of("乙局", 2024, 1, 2), "a", null, 0);
            RepositoryException refused = assertThrows(RepositoryException.class,
                    () -> repo.saveRevision(Reports.of("乙局", 2024, 3, 4), "b", null, 0));
            assertEquals(RepositoryException.Kind.CONFLICT, refused.kind());
            assertEquals(1, repo.find("乙局", 2024).orElseThrow().revisions());
        }
    }

    @Test
    void savingWhatIsAlreadyCurrentIsNoConflict() throws Exception {
        try (ReportRepository repo = backend.open(data)) {
            Revision first = repo.saveRevision(Reports.of("丙局", 2024, 1, 2), "a", null, 0);
            repo.saveRevision(Reports.of("丙局", 2024, 3, 4), "b", null, 1);
            Revision same = repo.saveRevision(Reports.of("丙局", 2024, 3, 4), "c", null, 1);
            assertEquals(2, same.number(), "the same content as the current revision overwrites nothing");
            assertEquals(first.reportId(), same.reportId());
            assertEquals(2, repo.history(first.reportId()).size());
        }
    }
}
