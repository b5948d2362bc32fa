package com.billaudit.rulebook;

import com.billaudit.audit.AuditSettings;
import com.billaudit.audit.TariffMatcher;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.RulebookUsed;
import com.billaudit.domain.Scheme;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A rulebook ready for audits: the rows of one tariff version and one non-payable version, with
 * the tariff matcher compiled once per region and threshold and then shared by every analysis
 * that uses these versions (compiling indexes every name and alias; matching is then cheap).
 * Immutable apart from that memo, and safe to share between threads.
 *
 * @see RulebookSource
 */
public final class PreparedRulebook {
    private final Rulebook rulebook;
    private final LocalDate tariffEffectiveFrom;
    private final LocalDate nonPayableEffectiveFrom;
    private final ConcurrentMap<MatcherKey, TariffMatcher> matchers;

    private record MatcherKey(String region, double threshold) {
    }

    private PreparedRulebook(Rulebook rulebook, LocalDate tariffEffectiveFrom, LocalDate nonPayableEffectiveFrom,
                             ConcurrentMap<MatcherKey, TariffMatcher> matchers) {
        this.rulebook = rulebook;
        this.tariffEffectiveFrom = tariffEffectiveFrom;
        this.nonPayableEffectiveFrom = nonPayableEffectiveFrom;
        this.matchers = matchers;
    }

    /**
     * @param tariffEffectiveFrom     first day the tariff version applies, or null when not known
     * @param nonPayableEffectiveFrom first day the non-payable version applies, or null when not known
     */
    public static PreparedRulebook of(Rulebook rulebook, LocalDate tariffEffectiveFrom,
                                      LocalDate nonPayableEffectiveFrom) {
        return new PreparedRulebook(rulebook, tariffEffectiveFrom, nonPayableEffectiveFrom, new ConcurrentHashMap<>());
    }

    /** A rulebook whose versions carry no dates (tests, a rulebook given whole). */
    public static PreparedRulebook of(Rulebook rulebook) {
        return of(rulebook, null, null);
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    /** The tariff matcher for bills of {@code region} (null: national rows only), compiled on first use. */
    public TariffMatcher matcher(String region, AuditSettings settings) {
        String key = region == null || region.isBlank() ? "" : region.trim().toUpperCase(Locale.ROOT);
        return matchers.computeIfAbsent(new MatcherKey(key, settings.matchThreshold()),
                k -> new TariffMatcher(rulebook, k.region().isEmpty() ? null : k.region(), settings));
    }

    /**
     * The same lists under a newer scheme header (a changed name or tolerance does not make new
     * list versions), sharing the compiled matchers: they read the rows, not the header.
     */
    public PreparedRulebook withScheme(Scheme scheme) {
        if (scheme.equals(rulebook.scheme())) {
            return this;
        }
        Rulebook renamed = new Rulebook(scheme, rulebook.tariffVersion(), rulebook.tariff(),
                rulebook.nonPayableVersion(), rulebook.nonPayable());
        return new PreparedRulebook(renamed, tariffEffectiveFrom, nonPayableEffectiveFrom, matchers);
    }

    /** What an analysis of a bill dated {@code billDate} records about these versions. */
    public RulebookUsed usedOn(LocalDate billDate) {
        return new RulebookUsed(rulebook.tariffVersion(), tariffEffectiveFrom, rulebook.nonPayableVersion(),
                nonPayableEffectiveFrom, billDate);
    }
}
