package com.billaudit.explanation;

import com.billaudit.domain.FindingType;

import java.util.List;

/** How each kind of finding is named and explained to a reader who is not an auditor. */
final class FindingKind {
    static final List<FindingType> ORDER = List.of(FindingType.OVERCHARGE, FindingType.DUPLICATE,
            FindingType.NON_PAYABLE, FindingType.ARITHMETIC, FindingType.TOTAL_MISMATCH, FindingType.UNMATCHED);

    private FindingKind() {
    }

    static String title(FindingType type) {
        return switch (type) {
            case OVERCHARGE -> "Charged above the reference rate";
            case DUPLICATE -> "Billed twice";
            case NON_PAYABLE -> "Not payable under the scheme";
            case ARITHMETIC -> "Line amounts that do not add up";
            case TOTAL_MISMATCH -> "Total does not match the charges";
            case UNMATCHED -> "Not checked";
        };
    }

    static String meaning(FindingType type) {
        return switch (type) {
            case OVERCHARGE -> "These prices are more than the scheme's rate plus its tolerance; the difference to the rate is recoverable.";
            case DUPLICATE -> "The same service appears again on the same day at the same price; the extra copies are recoverable.";
            case NON_PAYABLE -> "The scheme does not pay for these items, so their full amount is at stake.";
            case ARITHMETIC -> "The amount on the line is more than quantity × unit price.";
            case TOTAL_MISMATCH -> "The final amount asked for is more than the charges, less discount, plus tax.";
            case UNMATCHED -> "No reference rate matched these lines confidently.";
        };
    }
}
