package com.billaudit.stressset;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Invented hospitals, pharmacies, labs and patients: names, addresses and identifiers. */
final class Parties {
    /** Who issued the document: the header block of every page. */
    record Provider(String name, List<String> addressLines, String registration) {
    }

    /** The patient and the stay or visit the document is about. */
    record Visit(String patient, String patientId, String documentNo, String doctor, int age, String gender,
                 LocalDate admitted, LocalDate discharged) {
    }

    private record City(String name, String state, String gstState, String pinPrefix, String stdCode) {
    }

    private static final List<City> CITIES = List.of(
            new City("Lucknow", "Uttar Pradesh", "09", "226", "0522"),
            new City("Jaipur", "Rajasthan", "08", "302", "0141"),
            new City("Hyderabad", "Telangana", "36", "500", "040"),
            new City("Kochi", "Kerala", "32", "682", "0484"),
            new City("Bhopal", "Madhya Pradesh", "23", "462", "0755"),
            new City("Patna", "Bihar", "10", "800", "0612"),
            new City("Nagpur", "Maharashtra", "27", "440", "0712"),
            new City("Chennai", "Tamil Nadu", "33", "600", "044"),
            new City("Kolkata", "West Bengal", "19", "700", "033"),
            new City("Ahmedabad", "Gujarat", "24", "380", "079"),
            new City("Guwahati", "Assam", "18", "781", "0361"),
            new City("Ludhiana", "Punjab", "03", "141", "0161"),
            new City("Bhubaneswar", "Odisha", "21", "751", "0674"),
            new City("Mysuru", "Karnataka", "29", "570", "0821"),
            new City("Dehradun", "Uttarakhand", "05", "248", "0135"),
            new City("Visakhapatnam", "Andhra Pradesh", "37", "530", "0891"));
    private static final List<String> HOSPITAL_CORES = List.of("Sanjeevani", "Lifeline", "Kaveri", "Narmada", "Aarogya",
            "Sunshine", "Jeevan Jyoti", "Metro", "Saraswati", "Amrit", "Dhanvantari", "Orchid", "Lotus", "Pragati",
            "Shanti", "Vardaan", "Nirmal", "Prakash", "Suraksha", "Udaan");
    private static final List<String> HOSPITAL_PREFIXES = List.of("", "", "", "Sri ", "New ", "Sacred Heart ", "Dr. Rao's ", "St. Mary's ");
    private static final List<String> HOSPITAL_SUFFIXES = List.of("Hospital", "Multispeciality Hospital", "Nursing Home",
            "Medical Centre", "Institute of Medical Sciences", "Heart & Multispeciality Centre", "Hospital Pvt. Ltd.",
            "Memorial Hospital", "Superspeciality Hospital & Research Centre", "Maternity & Surgical Clinic");
    private static final List<String> PHARMACY_SUFFIXES = List.of("Medicals", "Pharmacy", "Chemists & Druggists",
            "Medical Store", "Pharma (Hospital Pharmacy)", "Drug House");
    private static final List<String> LAB_SUFFIXES = List.of("Diagnostics", "Pathology Lab", "Clinical Laboratory",
            "Imaging & Diagnostic Centre");
    private static final List<String> STREETS = List.of("Station Road", "Civil Lines", "MG Marg", "Ring Road",
            "Gandhi Nagar", "Hospital Road", "Nehru Place", "Main Bazaar", "Cantonment Road", "Model Town",
            "Industrial Area Phase 2", "Lake View Road");
    private static final List<String> FIRST = List.of("Ramesh", "Priya", "Suresh", "Kavita", "Arjun", "Meena", "Imran",
            "Lalita", "Gurpreet", "Joseph", "Ananya", "Vikram", "Shabana", "Prakash", "Deepa", "Harish", "Nandini",
            "Rohit", "Farida", "Thomas", "Kamala", "Sanjay", "Bhavna", "Abdul");
    private static final List<String> LAST = List.of("Verma", "Nair", "Reddy", "Gupta", "Singh", "Das", "Khan",
            "Pillai", "Chatterjee", "Patel", "Kulkarni", "Menon", "Yadav", "Bose", "Iyer", "D'Souza", "Mishra",
            "Rathore", "Ansari", "Hegde");

    private Parties() {
    }

    static Provider hospital(Pick pick) {
        String name = pick.of(HOSPITAL_PREFIXES) + pick.of(HOSPITAL_CORES) + " " + pick.of(HOSPITAL_SUFFIXES);
        return provider(pick, name);
    }

    static Provider pharmacy(Pick pick) {
        return provider(pick, pick.of(HOSPITAL_CORES) + " " + pick.of(PHARMACY_SUFFIXES));
    }

    static Provider laboratory(Pick pick) {
        return provider(pick, pick.of(HOSPITAL_CORES) + " " + pick.of(LAB_SUFFIXES));
    }

    private static Provider provider(Pick pick, String name) {
        City city = pick.of(CITIES);
        String street = (1 + pick.between(1, 480)) + ", " + pick.of(STREETS);
        String pin = city.pinPrefix() + String.format(Locale.ROOT, "%03d", pick.between(1, 99));
        String phone = "Ph: " + city.stdCode() + "-" + pick.between(2_000_000, 2_999_999);
        String gstin = "GSTIN: " + city.gstState() + "AA" + (char) ('A' + pick.between(0, 25)) + "CS"
                + pick.between(1000, 9999) + (char) ('A' + pick.between(0, 25)) + "1Z" + pick.between(1, 9);
        List<String> address = pick.chance(0.5)
                ? List.of(street + ", " + city.name() + " - " + pin, phone + "   " + gstin)
                : List.of(street, city.name() + ", " + city.state() + " " + pin, phone);
        String registration = pick.chance(0.5) ? gstin : "Regn. No. " + city.gstState() + "/CE/" + pick.between(100, 9999);
        return new Provider(name, address, registration);
    }

    static String person(Pick pick) {
        return pick.of(FIRST) + " " + pick.of(LAST);
    }

    static String doctor(Pick pick) {
        return "Dr. " + (char) ('A' + pick.between(0, 25)) + ". " + pick.of(LAST);
    }

    static Visit visit(Pick pick, int stayDays) {
        // The scheme's rates take effect on 2025-01-01: services before that date have no reference rate.
        LocalDate admitted = LocalDate.of(2025, 1, 3).plusDays(pick.between(0, 340));
        String prefix = pick.of(List.of("IPB", "FB", "INV", "BL", "HB", "CR"));
        String number = prefix + "/" + (admitted.getYear() % 100) + "-" + (admitted.getYear() % 100 + 1) + "/" + pick.between(1000, 99999);
        return new Visit(person(pick), pick.of(List.of("UHID", "MRN", "CR")) + pick.between(100000, 999999), number,
                doctor(pick), pick.between(4, 88), pick.of(List.of("M", "F")), admitted, admitted.plusDays(Math.max(0, stayDays - 1)));
    }
}
