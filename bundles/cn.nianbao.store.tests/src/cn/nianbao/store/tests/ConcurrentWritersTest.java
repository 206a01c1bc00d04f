package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.ReportStatus;
import cn.nianbao.store.ReportSummary;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.Revision;
import cn.nianbao.store.VerifyResult;

/**
 * Writers on their own connections to one PostgreSQL repository, as a team's workbenches are: each reads a
 * report, changes it and saves based on what it read, and sets statuses, all at once. Every save is either
 * acknowledged and in the history, or refused as a conflict; the chain verifies. (The same with processes of
 * the command line, killed at random: releng/it/pg-concurrency.sh.)
 */
class ConcurrentWritersTest {

    private static final int WRITERS = 4;
    private static final int ROUNDS = 12;

    @TempDir
    Path data;

    @Test
    void concurrentSavesAreAcknowledgedOrRefusedAndTheChainHolds() throws Exception {
        try (ReportRepository first = Backend.POSTGRESQL.open(data)) {
            first.saveRevision(Reports.of("甲局", 2024, 0, 0), "setup", null, 0);
            first.saveRevision(Reports.of("乙局", 2024, 0, 0), "setup", null, 0);
        }
        List<Revision> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                try (ReportRepository repo = Backend.POSTGRESQL.open(data)) {
                    for (int round = 0; round < ROUNDS; round++) {
                        String agency = round % 2 == 0 ? "甲局" : "乙局";
                        ReportSummary read = repo.find(agency, 2024).orElseThrow();
                        // (writer + 1): writer 0's first content would equal the setup's (0, 0), and saving the
                        // current content again is acknowledged with the setup revision, which is no new one
                        long natural = (writer + 1) * 1000L + round;
                        try {
                            acknowledged.add(repo.saveRevision(Reports.of(agency, 2024, natural, round),
                                    "writer" + writer, null, read.revisions()));
                        } catch (RepositoryException e) {
                            assertEquals(RepositoryException.Kind.CONFLICT, e.kind(), e.getMessage());
                            conflicts.incrementAndGet();
                        }
                        try {
                            repo.setStatus(read.id(), ReportStatus.values()[(writer + round) % ReportStatus.values().length]);
                        } catch (RepositoryException e) {
                            // another writer moved the report on: the workflow may not allow this step from there
                            assertEquals(RepositoryException.Kind.REFUSED, e.kind(), e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get();
        }
        pool.shutdown();

        assertEquals(WRITERS * ROUNDS, acknowledged.size() + conflicts.get());
        assertTrue(acknowledged.size() >= ROUNDS, "some saves go through: " + acknowledged.size());
        try (ReportRepository repo = Backend.POSTGRESQL.open(data)) {
            VerifyResult verified = repo.verify();
            assertTrue(verified.ok(), verified.problems()::toString);
            List<Revision> all = new ArrayList<>(repo.agencyHistory("甲局"));
            all.addAll(repo.agencyHistory("乙局"));
            assertEquals(2 + acknowledged.size(), all.size(), "every acknowledged save is a revision, no other");
            Set<String> links = Set.copyOf(all.stream().map(Revision::chainHash).toList());
            for (Revision ack : acknowledged) {
                assertTrue(links.contains(ack.chainHash()), "acknowledged revision missing: " + ack);
            }
        }
    }
}
