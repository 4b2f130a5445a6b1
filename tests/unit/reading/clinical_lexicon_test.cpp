// The clinical lexicon the tool ships (clinical-lexicon/<language>.txt): how its file is read,
// where each entry holds, and how the clinic's own lexicon wins over it.
#include <doctest/doctest.h>

#include "content/clinical_lexicon_reader.h"
#include "reading/normaliser.h"
#include "sample_handout.h"

using namespace handout;

namespace {

model::ClinicalLexicon clinical_lexicon_of(std::string_view text, model::Diagnostics& out) {
  return content::read_clinical_lexicon(text, "clinical-lexicon/en.txt", "en", out);
}

std::string clinically_said(std::string_view text, std::string_view lang = "en-US",
                            const model::Lexicon* clinic = nullptr) {
  const std::string language = model::LanguageTag{std::string(lang), {}}.primary();
  return reading::normalise(text, reading::dialect_of(lang), clinic,
                            &testing::shipped_clinical_lexicon(language));
}

}  // namespace

TEST_CASE("a lexicon line gives its printed form its contexts its words and its lists") {
  model::Diagnostics out;
  const model::ClinicalLexicon lexicon = clinical_lexicon_of(
      "# a comment\n"
      "\n"
      "U\tafter-number\tunits\tTJC ISMP\tmistaken for \"0\"; write \"units\"\n"
      "gtt.\tafter-number feminine\tgota|gotas\n"
      "o.d.\tregion=GB not-in-dose\tonce a day\n",
      out);
  CHECK(out.empty());
  REQUIRE(lexicon.entries.size() == 3);
  const model::ClinicalEntry& units = lexicon.entries[0];
  CHECK(units.printed == "U");
  REQUIRE(units.where.size() == 1);
  CHECK(units.where[0].context == model::ClinicalContext::after_number);
  CHECK(units.lists == std::vector<std::string>{"TJC", "ISMP"});
  CHECK(units.at.line == 3);
  CHECK(lexicon.entries[1].feminine);
  CHECK(lexicon.entries[1].spoken == "gota|gotas");
  CHECK(lexicon.entries[2].region == "GB");
  CHECK(lexicon.entries[2].where[0].negated);
}

TEST_CASE("a broken lexicon line is an error at its line and column and is left out") {
  model::Diagnostics out;
  const model::ClinicalLexicon lexicon = clinical_lexicon_of(
      "WBAT\tanywhere\tweight bearing as tolerated\n"
      "NWB\tafter-numbre\tnon weight bearing\n"
      "QD\t\tonce a day\tJCAHO\tx\n"
      "SC\t\tunder the skin\tISMP\n"
      "only one column\n",
      out);
  CHECK(lexicon.entries.size() == 1);
  REQUIRE(out.size() == 4);
  CHECK(out[0].at == model::Location{2, 5});
  CHECK(out[0].message.find("after-numbre") != std::string::npos);
  CHECK(out[1].at == model::Location{3, 16});
  CHECK(out[1].message.find("TJC, ISMP") != std::string::npos);
  CHECK(out[2].message.find("advice") != std::string::npos);
  CHECK(out[3].at.line == 5);
}

TEST_CASE("the shipped lexicons read without a problem") {
  CHECK(testing::shipped_clinical_lexicon("en").entries.size() > 150);
  CHECK(testing::shipped_clinical_lexicon("es").entries.size() > 50);
}

TEST_CASE("therapy and dosing shorthand is read as a clinician says it") {
  CHECK(clinically_said("Walk WBAT with the boot") ==
        "Walk weight bearing as tolerated with the boot");
  CHECK(clinically_said("Stay TTWB until 6 weeks") ==
        "Stay toe touch weight bearing until 6 weeks");
  CHECK(clinically_said("Do your HEP") == "Do your home exercise program");
  CHECK(clinically_said("Check HR and BP") == "Check heart rate and blood pressure");
  CHECK(clinically_said("Use a w/c for long trips") == "Use a wheelchair for long trips");
  CHECK(clinically_said("s/p rotator cuff repair") == "status post rotator cuff repair");
}

TEST_CASE("an entry holds only in its context") {
  // after-number: units only after a number; not a letter anywhere else.
  CHECK(clinically_said("Inject 8 U at breakfast") == "Inject 8 units at breakfast");
  CHECK(clinically_said("Plan U") == "Plan U");
  // before-word: a side before a body part, not a letter alone.
  CHECK(clinically_said("Ice the R ankle") == "Ice the right ankle");
  CHECK(clinically_said("Row R") == "Row R");
  // in-dose: ear drops next to a number; capitals in a shouted line are left alone.
  CHECK(clinically_said("Put 3 drops AU at night") == "Put 3 drops in both ears at night");
  CHECK(clinically_said("USE AS YOU WISH") == "USE AS YOU WISH");
  // after-name: a credential after a name is said as its letters.
  CHECK(clinically_said("Dana Ruiz, COTA") == "Dana Ruiz, C O T A");
  // region=GB: the UK's Latin shorthand only in a UK handout.
  CHECK(clinically_said("Take 1 tablet t.d.s.", "en-GB") == "Take 1 tablet three times a day.");
  CHECK(clinically_said("Take 1 tablet t.d.s. now", "en-US") == "Take 1 tablet t.d.s. now");
}

TEST_CASE("a Spanish count agrees with its noun") {
  CHECK(clinically_said("Tome 1 comp. al día", "es") == "Tome un comprimido al día");
  CHECK(clinically_said("Ponga 1 gtt. en cada ojo", "es") == "Ponga una gota en cada ojo");
  CHECK(clinically_said("Ponga 3 gtt. en cada ojo", "es") == "Ponga tres gotas en cada ojo");
}

TEST_CASE("as needed before what it is needed for says for") {
  CHECK(clinically_said("Take 1 tab PRN pain") == "Take 1 tablet as needed for pain");
  CHECK(clinically_said("Take 1 tab PRN for pain") == "Take 1 tablet as needed for pain");
  CHECK(clinically_said("Take 1 tab PRN, max 3") == "Take 1 tablet as needed, max 3");
  CHECK(clinically_said("Take 1 tab PRN up to 4 times") == "Take 1 tablet as needed up to 4 times");
}

TEST_CASE("a credential no lexicon lists is said as its letters after a name") {
  CHECK(clinically_said("Kim Ode, PT, FAAOMPT") == "Kim Ode, P T, F A A O M P T");
  CHECK(clinically_said("Jo Ng, FNP-BC. Call us.") == "Jo Ng, F N P B C. Call us.");
  CHECK(clinically_said("Ana Ruiz, MBChB", "en-GB") == "Ana Ruiz, M B C H B");
  CHECK(clinically_said("Eva Gil, BCPS", "es") == "Eva Gil, B C P S");
  // A degree's class in brackets stays in the list.
  CHECK(clinically_said("Tom Hart, BSc (Hons), MCSP", "en-GB") ==
        "Tom Hart, B S C (Hons), M C S P");
  // Not a word in capitals inside a sentence, nor a word with small letters.
  CHECK(clinically_said("Come Monday, NOT Tuesday.") == "Come Monday, NOT Tuesday.");
  CHECK(clinically_said("Jo Ng, Physio") == "Jo Ng, Physio");
}

TEST_CASE("a fraction before a counted form is said with it") {
  CHECK(clinically_said("Take 1/2 tab daily") == "Take half a tablet daily");
  CHECK(clinically_said("Take 1 1/2 caps") == "Take one and a half capsules");
  CHECK(clinically_said("Tome ½ comp. al día", "es") == "Tome medio comprimido al día");
  CHECK(clinically_said("Ponga ½ cáps.", "es") == "Ponga media cápsula.");
  CHECK(clinically_said("Tome ¾ comp. al día", "es") == "Tome tres cuartos de comprimido al día");
}

TEST_CASE("ambiguous abbreviations are said as their letters never guessed") {
  CHECK(clinically_said("Put 1 drop OD") == "Put 1 drop O D");
  CHECK(clinically_said("Call before D/C") == "Call before D C");
}

TEST_CASE("a Spanish dose without its leading zero before a comma is read with it") {
  CHECK(clinically_said("Tome ,5 mg", "es") == "Tome 0,5 miligramos");
  CHECK(clinically_said("Tome 1, 2 o 3 mg", "es") == "Tome 1, 2 o tres miligramos");
}

TEST_CASE("a dose number written unsafely is read as it is meant") {
  CHECK(clinically_said("Take .25 mg") == "Take 0.25 milligrams");
  CHECK(clinically_said("Take 2.0 mg") == "Take 2 milligrams");
  CHECK(clinically_said("Give 1.50 mL") == "Give 1.5 milliliters");
  // A lab value keeps its precision; a thousands separator is no decimal point.
  CHECK(clinically_said("Keep your INR near 2.0") == "Keep your INR near 2.0");
  CHECK(clinically_said("Take 1,000 mg") == "Take 1,000 milligrams");
}

TEST_CASE("the clinic's lexicon wins over the shipped one") {
  model::Lexicon clinic;
  clinic.lexemes.push_back({{"HEP"}, "home program", {}});
  clinic.lexemes.push_back({{"PTA"}, "physical therapist assistant", {}});
  CHECK(clinically_said("Do your HEP", "en-US", &clinic) == "Do your home program");
  CHECK(clinically_said("Sam Lee, PTA", "en-US", &clinic) ==
        "Sam Lee, physical therapist assistant");
  CHECK(clinically_said("Do your AROM", "en-US", &clinic) == "Do your active range of motion");
}

TEST_CASE("a slash between two single letters is never read as or") {
  CHECK(reading::normalise("Note n/t over the scar", reading::Language::english) ==
        "Note n t over the scar");
  CHECK(reading::normalise("Use heat/ice", reading::Language::english) == "Use heat or ice");
  CHECK(reading::normalise("Anote r/p si no hay", reading::Language::spanish) ==
        "Anote r p si no hay");
  CHECK(reading::normalise("Anote ñ/o si no hay", reading::Language::spanish) ==
        "Anote ñ o si no hay");
}

TEST_CASE("a plain word in a sentence of capitals is read as the word") {
  CHECK(clinically_said("DO NOT TAKE MORE THAN 8 TABLETS IN 24 HOURS.", "en-GB") ==
        "DO NOT TAKE MORE THAN 8 TABLETS IN 24 HOURS.");
  CHECK(clinically_said("TAKE 1 TABLET BY MOUTH AS NEEDED.").find("ear") == std::string::npos);
  // A row of abbreviations is no sentence of capitals: the ear is said.
  CHECK(clinically_said("INSTILL 1 GTT AS BID.").find("in the left ear") != std::string::npos);
  CHECK(clinically_said("Use 2 sprays IN each nostril").find("in the nose") != std::string::npos);
  // Spanish short words in capitals: in small letters, as eSpeak NG spells them in capitals.
  CHECK(clinically_said("NO conduzca SIN receta.", "es") == "no conduzca sin receta.");
  CHECK(clinically_said("NO MOJE LA HERIDA.", "es") == "NO MOJE LA HERIDA.");
}

TEST_CASE("a post office box is no dose") {
  CHECK(clinically_said("Write to PO Box 12.") == "Write to P O Box 12.");
  CHECK(clinically_said("Take 1 tab PO.") == "Take 1 tablet by mouth.");
}
