package com.billaudit.persistence.reference;

import com.billaudit.persistence.scheme.SchemeRepository;

import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Loads the bundled schemes at start-up, independent of the migrations: a scheme that does not
 * exist yet is created with its bundled lists as version 1, a list the scheme has never had is
 * added, and a list that only ever held bundled data gets the data of this release as a new
 * version when it differs. Imported lists are never touched. Safe to run on every start of
 * every replica.
 */
public final class ReferenceSeeder {
    private static final System.Logger LOG = System.getLogger(ReferenceSeeder.class.getName());

    private ReferenceSeeder() {
    }

    public static void seed(SchemeRepository schemes) {
        seed(schemes, BundledReference.schemes());
    }

    static void seed(SchemeRepository schemes, List<BundledScheme> bundled) {
        for (BundledScheme b : bundled) {
            SchemeRepository.SeedResult result = schemes.seed(b.scheme(), b.tariff(), b.nonPayable(), b.effectiveFrom());
            if (result.changedAnything()) {
                LOG.log(Level.INFO, "bundled scheme {0} ({1}):{2}{3}{4} The figures are illustrative: import the official "
                                + "lists (scripts/import-reference) before claiming money.",
                        b.scheme().code(), String.join("+", b.datasets()), result.schemeCreated() ? " created;" : "",
                        result.tariffVersion() > 0 ? " tariff of " + b.tariff().size() + " rows loaded;" : "",
                        result.nonPayableVersion() > 0 ? " non-payable list of " + b.nonPayable().size()
                                + " items loaded;" : "");
            }
        }
    }
}
