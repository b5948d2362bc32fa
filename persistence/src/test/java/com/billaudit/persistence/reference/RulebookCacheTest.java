package com.billaudit.persistence.reference;

import com.billaudit.domain.Category;
import com.billaudit.domain.Money;
import com.billaudit.domain.NonPayableItem;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.RulebookUsed;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import com.billaudit.persistence.FreshSchema;
import com.billaudit.persistence.cache.Cache;
import com.billaudit.persistence.cache.Caches;
import com.billaudit.persistence.scheme.SchemeRepository;
import com.billaudit.rulebook.PreparedRulebook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.billaudit.persistence.reference.RulebookCache.Level.DATABASE;
import static com.billaudit.persistence.reference.RulebookCache.Level.PROCESS;
import static com.billaudit.persistence.reference.RulebookCache.Level.SHARED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Two caches over one database and one Redis (the one in REDIS_URL, else an embedded one) stand
 * for two replicas.
 */
class RulebookCacheTest {
    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUL = LocalDate.of(2025, 7, 1);
    private static final Duration TTL = Duration.ofMinutes(5);

    private static FreshSchema schema;
    private static SchemeRepository schemes;
    private static RedisServer embedded;
    private static String redisUrl;

    private final String code = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final List<RulebookCache.Level> foundA = new ArrayList<>();
    private final List<RulebookCache.Level> foundB = new ArrayList<>();

    @BeforeAll
    static void open() throws IOException {
        schema = FreshSchema.create();
        schemes = new SchemeRepository(schema.database());
        redisUrl = System.getenv("REDIS_URL");
        if (redisUrl == null || redisUrl.isBlank()) {
            int port = freePort();
            embedded = new RedisServer(port);
            embedded.start();
            redisUrl = "redis://127.0.0.1:" + port;
        }
    }

    @AfterAll
    static void close() throws IOException {
        schema.close();
        if (embedded != null) {
            embedded.stop();
        }
    }

    @BeforeEach
    void scheme() {
        schemes.upsert(new Scheme(code, "Payer", "INR", new BigDecimal("0.10")));
        schemes.replaceTariff(code, List.of(consultation("100.00")), JAN);
    }

    @Test
    void aRulebookIsReadFromTheDatabaseOnceThenSharedThroughRedisAndHeldInEachProcess() {
        try (Cache redisA = Caches.connect(redisUrl); Cache redisB = Caches.connect(redisUrl);
             RulebookCache replicaA = new RulebookCache(schemes, redisA, TTL, foundA::add);
             RulebookCache replicaB = new RulebookCache(schemes, redisB, TTL, foundB::add)) {
            PreparedRulebook first = rulebook(replicaA, JUL);
            PreparedRulebook again = rulebook(replicaA, JUL);
            PreparedRulebook onB = rulebook(replicaB, JUL);

            assertEquals(List.of(DATABASE, PROCESS), foundA);
            assertEquals(List.of(SHARED), foundB);
            assertSame(first, again, "held in the process");
            assertEquals(first.rulebook(), onB.rulebook());
        }
    }

    @Test
    void anImportOnOneReplicaIsUsedByTheNextAnalysisOnTheOther() {
        try (Cache redisA = Caches.connect(redisUrl); Cache redisB = Caches.connect(redisUrl);
             RulebookCache replicaA = new RulebookCache(schemes, redisA, TTL, foundA::add);
             RulebookCache replicaB = new RulebookCache(schemes, redisB, TTL, foundB::add)) {
            assertEquals(Money.of("100.00"), rate(rulebook(replicaB, JUL)));

            schemes.replaceTariff(code, List.of(consultation("80.00")), JAN);
            replicaA.changed(code);

            PreparedRulebook after = rulebook(replicaB, JUL);
            assertEquals(Money.of("80.00"), rate(after));
            assertEquals(2, after.rulebook().tariffVersion());
        }
    }

    @Test
    void theAnnouncementDropsWhatOtherReplicasHoldOfTheScheme() throws InterruptedException {
        try (Cache redisA = Caches.connect(redisUrl); Cache redisB = Caches.connect(redisUrl);
             RulebookCache replicaA = new RulebookCache(schemes, redisA, TTL, foundA::add);
             RulebookCache replicaB = new RulebookCache(schemes, redisB, TTL, foundB::add)) {
            rulebook(replicaB, JUL);
            assertEquals(1, replicaB.held());

            replicaA.changed(code);

            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (replicaB.held() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, replicaB.held());
        }
    }

    @Test
    void billsOfDifferentDatesGetTheVersionsInForceThenAndTheAnalysisSaysWhich() {
        schemes.replaceTariff(code, List.of(consultation("120.00")), JUL);
        schemes.replaceNonPayable(code, List.of(new NonPayableItem("Gloves", null, null, List.of())), JAN);
        try (Cache cache = Caches.connect(null);
             RulebookCache rulebooks = new RulebookCache(schemes, cache, TTL, foundA::add)) {
            PreparedRulebook march = rulebook(rulebooks, LocalDate.of(2025, 3, 1));
            PreparedRulebook august = rulebook(rulebooks, LocalDate.of(2025, 8, 1));

            assertEquals(Money.of("100.00"), rate(march));
            assertEquals(Money.of("120.00"), rate(august));
            assertEquals(new RulebookUsed(2, JUL, 1, JAN, LocalDate.of(2025, 8, 1)),
                    august.usedOn(LocalDate.of(2025, 8, 1)));
        }
    }

    @Test
    void aChangedHeaderIsSeenAtOnceWithoutReloadingTheLists() {
        try (Cache cache = Caches.connect(null);
             RulebookCache rulebooks = new RulebookCache(schemes, cache, TTL, foundA::add)) {
            rulebook(rulebooks, JUL);
            schemes.upsert(new Scheme(code, "Payer", "INR", new BigDecimal("0.25")));

            Rulebook after = rulebook(rulebooks, JUL).rulebook();

            assertEquals(new BigDecimal("0.25"), after.scheme().overchargeTolerance());
            assertEquals(List.of(DATABASE, PROCESS), foundA);
        }
    }

    @Test
    void withRedisDownRulebooksComeFromTheDatabaseAndStayHeldInProcess() throws IOException {
        try (Cache unreachable = Caches.connect("redis://127.0.0.1:" + freePort());
             RulebookCache rulebooks = new RulebookCache(schemes, unreachable, TTL, foundA::add)) {
            assertEquals(Money.of("100.00"), rate(rulebook(rulebooks, JUL)));
            assertEquals(Money.of("100.00"), rate(rulebook(rulebooks, JUL)));
            schemes.replaceTariff(code, List.of(consultation("90.00")), JAN);
            rulebooks.changed(code);
            assertEquals(Money.of("90.00"), rate(rulebook(rulebooks, JUL)));

            assertEquals(List.of(DATABASE, PROCESS, DATABASE), foundA);
        }
    }

    @Test
    void anUnknownSchemeHasNoRulebooks() {
        try (Cache cache = Caches.connect(null);
             RulebookCache rulebooks = new RulebookCache(schemes, cache, TTL, foundA::add)) {
            assertEquals(java.util.Optional.empty(), rulebooks.source("NOPE"));
        }
    }

    private PreparedRulebook rulebook(RulebookCache cache, LocalDate date) {
        return cache.source(code).orElseThrow().forDate(date);
    }

    private static BigDecimal rate(PreparedRulebook rulebook) {
        return rulebook.rulebook().tariff().getFirst().rate();
    }

    private static TariffRow consultation(String rate) {
        return new TariffRow("C1", "Consultation", Money.of(rate), "per visit", Category.CONSULTATION, List.of(),
                null, null);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
