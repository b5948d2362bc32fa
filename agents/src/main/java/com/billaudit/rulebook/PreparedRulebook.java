package com.billaudit.rulebook;

import com.billaudit.domain.Rulebook;
import com.billaudit.domain.RulebookUsed;
import com.billaudit.domain.Scheme;

import java.time.LocalDate;

/**
 * A rulebook as an analysis gets it: the rows of one tariff version and one non-payable version
 * with the dates those versions apply from. Immutable; one instance is shared by every analysis
 * that uses the same versions (the pipeline's matcher cache then prepares its matcher once).
 *
 * @see RulebookSource
 */
public final class PreparedRulebook {
    private final Rulebook rulebook;
    private final LocalDate tariffEffectiveFrom;
    private final LocalDate nonPayableEffectiveFrom;

    private PreparedRulebook(Rulebook rulebook, LocalDate tariffEffectiveFrom, LocalDate nonPayableEffectiveFrom) {
        this.rulebook = rulebook;
        this.tariffEffectiveFrom = tariffEffectiveFrom;
        this.nonPayableEffectiveFrom = nonPayableEffectiveFrom;
    }

    /**
     * @param tariffEffectiveFrom     first day the tariff version applies, or null when not known
     * @param nonPayableEffectiveFrom first day the non-payable version applies, or null when not known
     */
    public static PreparedRulebook of(Rulebook rulebook, LocalDate tariffEffectiveFrom,
                                      LocalDate nonPayableEffectiveFrom) {
        return new PreparedRulebook(rulebook, tariffEffectiveFrom, nonPayableEffectiveFrom);
    }

    /** A rulebook whose versions carry no dates (tests, a rulebook given whole). */
    public static PreparedRulebook of(Rulebook rulebook) {
        return of(rulebook, null, null);
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    /**
     * The same lists under the current scheme header: a changed name or tolerance does not make
     * new list versions, so the rows need not be read again.
     */
    public PreparedRulebook withScheme(Scheme scheme) {
        if (scheme.equals(rulebook.scheme())) {
            return this;
        }
        return new PreparedRulebook(new Rulebook(scheme, rulebook.tariffVersion(), rulebook.tariff(),
                rulebook.nonPayableVersion(), rulebook.nonPayable()), tariffEffectiveFrom, nonPayableEffectiveFrom);
    }

    /** What an analysis of a bill dated {@code billDate} records about these versions. */
    public RulebookUsed usedOn(LocalDate billDate) {
        return new RulebookUsed(rulebook.tariffVersion(), tariffEffectiveFrom, rulebook.nonPayableVersion(),
                nonPayableEffectiveFrom, billDate);
    }
}
