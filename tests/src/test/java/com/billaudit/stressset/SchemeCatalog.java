package com.billaudit.stressset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reference scheme the generated sets are audited against: the dev scheme's rows plus rows the
 * dev set never uses (other tests, brands, procedures, non-payables), so a set also probes
 * vocabulary that nobody tuned on. Written out verbatim as the set's tariff.csv and non_payable.csv.
 */
final class SchemeCatalog {
    static final String TARIFF_CSV = """
            code,name,rate,unit,category,aliases,region,effective_from
            C001,Consultation - General Physician,350.00,per visit,consultation,OPD Consultation|GP Consultation,,2025-01-01
            C002,Consultation - Specialist,600.00,per visit,consultation,Specialist Consultation,,2025-01-01
            C003,Consultation - Super Specialist,800.00,per visit,consultation,Super Specialist Consultation,,2025-01-01
            C004,Emergency Consultation,500.00,per visit,consultation,Casualty Consultation|ER Consultation,,2025-01-01
            C005,Doctor Visit (Inpatient),400.00,per visit,consultation,IP Doctor Visit|Physician Visit,,2025-01-01
            L001,Complete Blood Count,150.00,per test,investigation,CBC|Haemogram,,2025-01-01
            L002,Haemoglobin,50.00,per test,investigation,Hb,,2025-01-01
            L003,Blood Sugar Fasting,40.00,per test,investigation,FBS|Fasting Blood Sugar,,2025-01-01
            L004,Blood Sugar Post Prandial,40.00,per test,investigation,PPBS,,2025-01-01
            L005,HbA1c,300.00,per test,investigation,Glycated Haemoglobin,,2025-01-01
            L006,Lipid Profile,350.00,per test,investigation,,,2025-01-01
            L007,Liver Function Test,400.00,per test,investigation,LFT,,2025-01-01
            L008,Kidney Function Test,350.00,per test,investigation,KFT|Renal Function Test,,2025-01-01
            L009,Serum Creatinine,80.00,per test,investigation,,,2025-01-01
            L010,Blood Urea,70.00,per test,investigation,,,2025-01-01
            L011,Serum Electrolytes,250.00,per test,investigation,Electrolytes,,2025-01-01
            L012,Thyroid Profile,400.00,per test,investigation,Thyroid Function Test|TFT,,2025-01-01
            L013,TSH,180.00,per test,investigation,Thyroid Stimulating Hormone,,2025-01-01
            L014,Urine Routine Examination,80.00,per test,investigation,Urine R/E|Urine Routine,,2025-01-01
            L015,Urine Culture and Sensitivity,350.00,per test,investigation,Urine C/S,,2025-01-01
            L016,Blood Culture and Sensitivity,550.00,per test,investigation,Blood C/S,,2025-01-01
            L017,Prothrombin Time,150.00,per test,investigation,PT INR|PT/INR,,2025-01-01
            L018,ESR,60.00,per test,investigation,Erythrocyte Sedimentation Rate,,2025-01-01
            L019,C-Reactive Protein,250.00,per test,investigation,CRP,,2025-01-01
            L020,Dengue NS1 Antigen,500.00,per test,investigation,NS1 Antigen,,2025-01-01
            L021,Malaria Antigen,200.00,per test,investigation,Malaria Parasite Card,,2025-01-01
            L022,Widal Test,120.00,per test,investigation,Widal,,2025-01-01
            L023,Blood Grouping and Rh Typing,80.00,per test,investigation,Blood Group,,2025-01-01
            L024,Serum Bilirubin,100.00,per test,investigation,Bilirubin,,2025-01-01
            L025,Vitamin D (25-OH),900.00,per test,investigation,Vit D,,2025-01-01
            L026,Vitamin B12,700.00,per test,investigation,Vit B12,,2025-01-01
            L027,Troponin I,800.00,per test,investigation,Trop I,,2025-01-01
            L028,D-Dimer,900.00,per test,investigation,,,2025-01-01
            L029,Arterial Blood Gas,600.00,per test,investigation,ABG,,2025-01-01
            L030,HIV I and II Antibody,250.00,per test,investigation,HIV Screening,,2025-01-01
            L031,HBsAg,200.00,per test,investigation,Hepatitis B Surface Antigen,,2025-01-01
            L032,Serum Calcium,100.00,per test,investigation,Calcium,,2025-01-01
            L033,Platelet Count,60.00,per test,investigation,,,2025-01-01
            L034,Stool Routine Examination,70.00,per test,investigation,Stool R/E,,2025-01-01
            R001,X-Ray Chest PA View,250.00,per study,imaging,Chest X-Ray|CXR PA,,2025-01-01
            R002,X-Ray Abdomen,300.00,per study,imaging,,,2025-01-01
            R003,X-Ray Knee AP and Lateral,350.00,per study,imaging,X-Ray Knee,,2025-01-01
            R004,Ultrasound Whole Abdomen,900.00,per study,imaging,USG Whole Abdomen|USG Abdomen,,2025-01-01
            R005,Ultrasound Pelvis,700.00,per study,imaging,USG Pelvis,,2025-01-01
            R006,CT Scan Head Plain,1800.00,per study,imaging,NCCT Head|CT Brain,,2025-01-01
            R007,CT Scan Chest,3000.00,per study,imaging,HRCT Chest,,2025-01-01
            R008,MRI Brain Plain,4500.00,per study,imaging,MRI Brain,,2025-01-01
            R009,MRI Lumbar Spine,4500.00,per study,imaging,MRI LS Spine,,2025-01-01
            R010,2D Echocardiography,1500.00,per study,imaging,2D Echo,,2025-01-01
            R011,Electrocardiogram,150.00,per study,imaging,ECG|EKG,,2025-01-01
            R012,Doppler Study Lower Limb,1800.00,per study,imaging,Venous Doppler Lower Limb,,2025-01-01
            R013,Mammography Bilateral,1200.00,per study,imaging,Mammogram,,2025-01-01
            P001,Dressing - Small,150.00,per procedure,procedure,Small Dressing,,2025-01-01
            P002,Dressing - Large,300.00,per procedure,procedure,Large Dressing,,2025-01-01
            P003,Suturing of Wound,800.00,per procedure,procedure,Wound Suturing,,2025-01-01
            P004,Nebulization,100.00,per session,procedure,Nebulisation,,2025-01-01
            P005,IV Cannulation,150.00,per procedure,procedure,IV Cannula Insertion,,2025-01-01
            P006,Urinary Catheterization,300.00,per procedure,procedure,Foley Catheterisation,,2025-01-01
            P007,Ryles Tube Insertion,250.00,per procedure,procedure,NG Tube Insertion,,2025-01-01
            P008,Physiotherapy Session,300.00,per session,procedure,Physiotherapy,,2025-01-01
            P009,Blood Transfusion Charges,500.00,per unit,procedure,Blood Transfusion,,2025-01-01
            P010,Upper GI Endoscopy,2500.00,per procedure,procedure,UGI Endoscopy,,2025-01-01
            P011,Colonoscopy,4000.00,per procedure,procedure,,,2025-01-01
            P012,Laparoscopic Appendectomy,35000.00,per procedure,procedure,Lap Appendectomy,,2025-01-01
            P013,Laparoscopic Cholecystectomy,45000.00,per procedure,procedure,Lap Cholecystectomy,,2025-01-01
            P014,Caesarean Section,30000.00,per procedure,procedure,LSCS,,2025-01-01
            P015,Normal Delivery,15000.00,per procedure,procedure,,,2025-01-01
            P016,Cataract Surgery Phaco with IOL,18000.00,per procedure,procedure,Phacoemulsification with IOL,,2025-01-01
            P017,Coronary Angiography,12000.00,per procedure,procedure,CAG,,2025-01-01
            P018,Hernia Repair with Mesh,28000.00,per procedure,procedure,Mesh Hernioplasty,,2025-01-01
            P019,General Anaesthesia Charges,6000.00,per procedure,procedure,Anaesthesia Charges,,2025-01-01
            P020,Operation Theatre Charges,8000.00,per procedure,procedure,OT Charges,,2025-01-01
            P021,Haemodialysis,1800.00,per session,procedure,Hemodialysis|Dialysis,,2025-01-01
            B001,Room Rent - General Ward,1000.00,per day,room,General Ward Bed Charges|General Ward,,2025-01-01
            B002,Room Rent - Semi Private,2000.00,per day,room,Semi Private Room,,2025-01-01
            B003,Room Rent - Private Room,3000.00,per day,room,Private Room|Single Room,,2025-01-01
            B004,ICU Charges,5000.00,per day,room,Intensive Care Unit,,2025-01-01
            B005,Nursing Charges,300.00,per day,nursing,Nursing Care,,2025-01-01
            B006,Oxygen Charges,100.00,per hour,procedure,O2 Charges,,2025-01-01
            B007,Ventilator Charges,2500.00,per day,room,Ventilator Support,,2025-01-01
            B008,Ambulance Charges,1000.00,per trip,other,Ambulance,,2025-01-01
            B009,Patient Diet Charges,300.00,per day,other,Patient Diet,,2025-01-01
            B010,Cardiac Monitor Charges,500.00,per day,other,Monitor Charges,,2025-01-01
            M001,Paracetamol 500 mg Tablet,1.00,per tablet,medicine,Tab Paracetamol 500mg|Tab Crocin 500,,2025-01-01
            M002,Paracetamol 650 mg Tablet,2.00,per tablet,medicine,Tab Dolo 650,,2025-01-01
            M003,Pantoprazole 40 mg Tablet,5.00,per tablet,medicine,Tab Pan 40|Tab Pantocid 40,,2025-01-01
            M004,Pantoprazole 40 mg Injection,50.00,per vial,medicine,Inj Pan 40|Inj Pantop 40,,2025-01-01
            M005,Ceftriaxone 1 g Injection,60.00,per vial,medicine,Inj Monocef 1g|Inj Ceftriaxone 1gm,,2025-01-01
            M006,Amoxicillin and Clavulanic Acid 625 mg Tablet,18.00,per tablet,medicine,Tab Augmentin 625,,2025-01-01
            M007,Azithromycin 500 mg Tablet,20.00,per tablet,medicine,Tab Azee 500|Tab Azithral 500,,2025-01-01
            M008,Ondansetron 4 mg Injection,12.00,per ampoule,medicine,Inj Emeset 4mg|Inj Zofran 4mg,,2025-01-01
            M009,Normal Saline 0.9% 500 ml,30.00,per bottle,medicine,NS 500ml|Sodium Chloride 0.9% 500ml,,2025-01-01
            M010,Ringer Lactate 500 ml,35.00,per bottle,medicine,RL 500ml,,2025-01-01
            M011,Dextrose 5% 500 ml,32.00,per bottle,medicine,D5 500ml,,2025-01-01
            M012,Metformin 500 mg Tablet,1.50,per tablet,medicine,Tab Glycomet 500,,2025-01-01
            M013,Amlodipine 5 mg Tablet,2.50,per tablet,medicine,Tab Amlong 5,,2025-01-01
            M014,Atorvastatin 10 mg Tablet,4.00,per tablet,medicine,Tab Atorva 10,,2025-01-01
            M015,Cetirizine 10 mg Tablet,1.50,per tablet,medicine,Tab Cetzine 10,,2025-01-01
            M016,Insulin Regular 40 IU per ml 10 ml,150.00,per vial,medicine,Inj Actrapid 40IU,,2025-01-01
            M017,Diclofenac 75 mg Injection,10.00,per ampoule,medicine,Inj Voveran 75mg,,2025-01-01
            M018,Tramadol 50 mg Injection,15.00,per ampoule,medicine,Inj Tramazac 50mg,,2025-01-01
            M019,Metronidazole 500 mg Infusion 100 ml,25.00,per bottle,medicine,Inj Metrogyl 100ml,,2025-01-01
            M020,Enoxaparin 40 mg Injection,350.00,per syringe,medicine,Inj Clexane 40mg,,2025-01-01
            M021,Salbutamol 2.5 mg Respules,12.00,per respule,medicine,Asthalin Respules,,2025-01-01
            M022,Budesonide 0.5 mg Respules,25.00,per respule,medicine,Budecort Respules,,2025-01-01
            M024,Heparin 5000 IU Injection,80.00,per vial,medicine,Inj Heparin 5000IU,,2025-01-01
            S001,Disposable Syringe 5 ml,8.00,per piece,consumable,Syringe 5ml,,2025-01-01
            S002,IV Infusion Set,40.00,per piece,consumable,IV Set,,2025-01-01
            S003,IV Cannula 20G,60.00,per piece,consumable,Venflon 20G,,2025-01-01
            S004,Foley Catheter,120.00,per piece,consumable,,,2025-01-01
            S005,Urine Collection Bag,40.00,per piece,consumable,Urine Bag,,2025-01-01
            C006,Dietician Consultation,300.00,per visit,consultation,Diet Consultation|Nutrition Counselling,,2025-01-01
            C007,Tele Consultation,300.00,per visit,consultation,Teleconsultation|Video Consultation,,2025-01-01
            C008,Anaesthetist Pre-operative Check-up,500.00,per visit,consultation,PAC|Pre Anaesthesia Check-up,,2025-01-01
            L035,Serum Sodium,90.00,per test,investigation,Sodium,,2025-01-01
            L036,Serum Potassium,90.00,per test,investigation,Potassium,,2025-01-01
            L037,Serum Lipase,400.00,per test,investigation,Lipase,,2025-01-01
            L038,Serum Amylase,300.00,per test,investigation,Amylase,,2025-01-01
            L039,Urine Microalbumin,350.00,per test,investigation,Microalbumin,,2025-01-01
            L040,Peripheral Blood Smear,100.00,per test,investigation,Peripheral Smear|PBS,,2025-01-01
            L041,Procalcitonin,1800.00,per test,investigation,PCT,,2025-01-01
            L042,Serum Ferritin,500.00,per test,investigation,Ferritin,,2025-01-01
            L043,Iron Studies,700.00,per test,investigation,Serum Iron and TIBC,,2025-01-01
            L044,SARS-CoV-2 RT-PCR,500.00,per test,investigation,Covid RT-PCR|RTPCR Covid-19,,2025-01-01
            L045,Sputum for AFB,120.00,per test,investigation,Sputum AFB|ZN Stain for AFB,,2025-01-01
            L046,Activated Partial Thromboplastin Time,250.00,per test,investigation,APTT,,2025-01-01
            L047,Serum Uric Acid,100.00,per test,investigation,Uric Acid,,2025-01-01
            L048,Anti HCV Antibody,400.00,per test,investigation,Hepatitis C Antibody|HCV,,2025-01-01
            L049,Serum Magnesium,200.00,per test,investigation,Magnesium,,2025-01-01
            L050,Random Blood Sugar,40.00,per test,investigation,RBS,,2025-01-01
            R014,X-Ray Lumbosacral Spine AP and Lateral,400.00,per study,imaging,X-Ray LS Spine,,2025-01-01
            R015,CT Scan Abdomen with Contrast,5000.00,per study,imaging,CECT Abdomen,,2025-01-01
            R016,MRI Knee Joint,5000.00,per study,imaging,MRI Knee,,2025-01-01
            R017,Ultrasound Neck,800.00,per study,imaging,USG Neck|USG Thyroid,,2025-01-01
            R018,Holter Monitoring 24 Hours,2000.00,per study,imaging,Holter,,2025-01-01
            R019,Treadmill Test,1500.00,per study,imaging,TMT|Stress Test,,2025-01-01
            R020,X-Ray Pelvis AP View,300.00,per study,imaging,X-Ray Pelvis,,2025-01-01
            P022,Plaster of Paris Cast Application,1200.00,per procedure,procedure,POP Cast|Plaster Application,,2025-01-01
            P023,Incision and Drainage,1500.00,per procedure,procedure,I and D,,2025-01-01
            P024,Central Venous Line Insertion,3000.00,per procedure,procedure,Central Line Insertion|CVP Line Insertion,,2025-01-01
            P025,Lumbar Puncture,1200.00,per procedure,procedure,,,2025-01-01
            P026,Fibreoptic Bronchoscopy,5000.00,per procedure,procedure,Bronchoscopy,,2025-01-01
            P027,Tonsillectomy,20000.00,per procedure,procedure,,,2025-01-01
            P028,Total Knee Replacement,150000.00,per procedure,procedure,TKR,,2025-01-01
            P029,Percutaneous Transluminal Coronary Angioplasty,90000.00,per procedure,procedure,PTCA|Coronary Angioplasty,,2025-01-01
            P030,Intercostal Drain Insertion,2500.00,per procedure,procedure,ICD Insertion|Chest Tube Insertion,,2025-01-01
            P031,Surgeon Fees,10000.00,per procedure,procedure,Surgeon Charges|Operating Surgeon Fee,,2025-01-01
            B011,High Dependency Unit Charges,3500.00,per day,room,HDU Charges,,2025-01-01
            B012,Isolation Room Charges,3500.00,per day,room,Isolation Ward,,2025-01-01
            B013,Syringe Pump Charges,300.00,per day,other,Infusion Pump Charges,,2025-01-01
            B014,Deluxe Room Rent,4500.00,per day,room,Deluxe Room,,2025-01-01
            M025,Ondansetron 4 mg Tablet,5.00,per tablet,medicine,Tab Emeset 4|Tab Ondem 4,,2025-01-01
            M026,Piperacillin and Tazobactam 4.5 g Injection,450.00,per vial,medicine,Inj Piptaz 4.5g|Inj Tazact 4.5g,,2025-01-01
            M027,Meropenem 1 g Injection,1200.00,per vial,medicine,Inj Meronem 1g,,2025-01-01
            M028,Levetiracetam 500 mg Tablet,12.00,per tablet,medicine,Tab Levipil 500,,2025-01-01
            M029,Furosemide 20 mg Injection,8.00,per ampoule,medicine,Inj Lasix 20mg,,2025-01-01
            M030,Hydrocortisone 100 mg Injection,45.00,per vial,medicine,Inj Efcorlin 100mg|Inj Hydrocort 100mg,,2025-01-01
            M031,Dexamethasone 4 mg Injection,10.00,per ampoule,medicine,Inj Dexona 4mg,,2025-01-01
            M032,Vitamin B Complex Capsule,2.00,per capsule,medicine,Cap Becosules,,2025-01-01
            M033,Clopidogrel 75 mg Tablet,6.00,per tablet,medicine,Tab Clopilet 75,,2025-01-01
            M034,Aspirin 75 mg Tablet,1.00,per tablet,medicine,Tab Ecosprin 75,,2025-01-01
            M035,Montelukast 10 mg Tablet,10.00,per tablet,medicine,Tab Montair 10,,2025-01-01
            M036,Omeprazole 20 mg Capsule,3.00,per capsule,medicine,Cap Omez 20,,2025-01-01
            M037,Ibuprofen 400 mg Tablet,1.50,per tablet,medicine,Tab Brufen 400,,2025-01-01
            M038,Amikacin 500 mg Injection,60.00,per vial,medicine,Inj Amikacin 500mg|Inj Mikacin 500,,2025-01-01
            S006,Surgical Blade No 22,10.00,per piece,consumable,Blade No 22,,2025-01-01
            S007,Polyglactin Suture 2-0,350.00,per piece,consumable,Vicryl 2-0,,2025-01-01
            S008,Sterile Gauze Pad,5.00,per piece,consumable,Gauze Swab|Gauze Piece,,2025-01-01
            S009,Crepe Bandage 10 cm,90.00,per piece,consumable,Crepe Bandage,,2025-01-01
            S010,Disposable Syringe 10 ml,10.00,per piece,consumable,Syringe 10ml,,2025-01-01
            S011,Blood Transfusion Set,90.00,per piece,consumable,BT Set,,2025-01-01
            """;

    static final String NON_PAYABLE_CSV = """
            name,category,reason,aliases
            Registration Charges,administrative,Administrative charge not payable under the scheme,Registration Fee
            Admission Kit,administrative,Admission kits are not payable,Admission Kit Charges
            Documentation Charges,administrative,Documentation and record charges are not payable,File Charges|Medical Records Charges
            Surgical Gloves,consumable,Gloves are part of nursing/procedure charges,Gloves|Examination Gloves
            Face Mask,consumable,Masks are not separately payable,Mask|N95 Mask
            Toiletries,personal,Personal comfort items are not payable,Toiletry Kit
            Attendant Diet,personal,Attendant food is not payable,Attendant Food|Attendant Charges
            Telephone Charges,personal,Telephone use is not payable,Phone Charges
            Television Charges,personal,TV charges are not payable,TV Charges
            Adult Diapers,personal,Diapers are not payable,Diaper
            Visitor Pass,administrative,Visitor passes are not payable,Visitors Pass
            Service Charges,administrative,Hospital service charges are not payable,Service Charge
            Shoe Cover,consumable,Shoe covers are not separately payable,Shoe Covers
            Cotton Roll,consumable,Cotton is part of procedure charges,Cotton
            Bio Medical Waste Charges,administrative,Waste disposal is a hospital overhead,BMW Charges|Biomedical Waste
            Laundry Charges,personal,Laundry is not payable,Linen Charges
            Canteen Charges,personal,Food and beverages for attendants are not payable,Food and Beverages
            Medical Certificate Charges,administrative,Certificates are not payable,Certificate Fee
            Courier Charges,administrative,Postage is not payable,Postal Charges
            Digital Thermometer,personal,Take-home items are not payable,Thermometer
            Hand Sanitizer,consumable,Sanitisers are part of infection control overhead,Sanitiser
            Comb and Toothbrush,personal,Personal care items are not payable,Tooth Brush|Toothbrush
            """;

    /** One tariff row; {@code aliases} are the other names the scheme knows it by. */
    record TariffItem(String code, String name, BigDecimal rate, String unit, String category, List<String> aliases) {
        boolean perDay() {
            return unit.equals("per day");
        }
    }

    /** One non-payable row. */
    record NonPayableItem(String name, String category, List<String> aliases) {
    }

    private SchemeCatalog() {
    }

    static List<TariffItem> tariff() {
        List<TariffItem> items = new ArrayList<>();
        for (String[] f : rows(TARIFF_CSV)) {
            items.add(new TariffItem(f[0], f[1], new BigDecimal(f[2]), f[3], f[4], aliases(f[5])));
        }
        return items;
    }

    static List<NonPayableItem> nonPayable() {
        List<NonPayableItem> items = new ArrayList<>();
        for (String[] f : rows(NON_PAYABLE_CSV)) {
            items.add(new NonPayableItem(f[0], f[1], aliases(f[3])));
        }
        return items;
    }

    // No field of these CSVs contains a comma or a quote, so a plain split is exact.
    private static List<String[]> rows(String csv) {
        return csv.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
    }

    private static List<String> aliases(String field) {
        return field.isBlank() ? List.of() : Arrays.asList(field.split("\\|"));
    }
}
