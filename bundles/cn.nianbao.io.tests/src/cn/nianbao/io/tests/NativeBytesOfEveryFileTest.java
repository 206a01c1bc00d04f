package cn.nianbao.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.nianbao.io.ImportException;
import cn.nianbao.io.ReportReader;
import cn.nianbao.model.NativeFormat;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportFactory;
import cn.nianbao.model.report.Review;
import cn.nianbao.model.report.ReviewComment;
import cn.nianbao.model.report.StatusChange;
import cn.nianbao.testing.EmfXmi;
import cn.nianbao.testing.TestData;

/**
 * Every report the test data holds (text, HTML, Word; the seed) has the native bytes EMF's plain save gives, with
 * and without a review: their SHA-256 finds duplicates among revisions that earlier versions stored.
 */
class NativeBytesOfEveryFileTest {

    @Test
    void everyReadableFileSavesToEmfsBytesWithAndWithoutAReview() throws Exception {
        int readable = 0;
        for (Path file : files()) {
            AnnualReport report;
            try {
                report = ReportReader.read(file).report();
            } catch (ImportException notAReport) {
                continue;
            }
            readable++;
            assertArrayEquals(EmfXmi.plainBytes(report), NativeFormat.toBytes(report), file.toString());
            report.setReview(review());
            assertArrayEquals(EmfXmi.plainBytes(report), NativeFormat.toBytes(report), file + " with a review");
        }
        assertTrue(readable >= 30, "readable reports in testdata/ and seeds/: " + readable);
    }

    private static List<Path> files() throws Exception {
        try (Stream<Path> testdata = Files.walk(TestData.root().resolve("testdata"));
                Stream<Path> seeds = Files.walk(TestData.root().resolve("seeds"))) {
            return Stream.concat(testdata, seeds).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Review review() {
        Review review = ReportFactory.eINSTANCE.createReview();
        review.setStatus("RETURNED");
        StatusChange change = ReportFactory.eINSTANCE.createStatusChange();
        change.setFromStatus("SUBMITTED");
        change.setToStatus("RETURNED");
        change.setAuthor("审核员 \"张\" & 李");
        change.setDate(new Date(1_767_225_600_000L));
        change.setComment("请核对表三：\n第一行 < 第二行\t（见附件）");
        change.setReturnRound(1);
        review.getStatusChanges().add(change);
        ReviewComment comment = ReportFactory.eINSTANCE.createReviewComment();
        comment.setNumber(1);
        comment.setSectionKey("S1");
        comment.setQuote("“政务公开”\r\n𠀀");
        comment.setText("引文有误 <b>&amp;</b>");
        comment.setReturnRound(1);
        review.getComments().add(comment);
        return review;
    }
}
