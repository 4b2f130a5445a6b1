#pragma once
// The clinical lexicon the tool ships (clinical-lexicon/<language>.txt, installed beside the
// fonts): the abbreviations of patient handouts, each with the context it holds in, what the
// audio says for it, and, for the medication-safety lists, what `check` warns. A clinic's own
// lexicon (model::Lexicon, content/lexicon.pls) is matched before it, so it overrides it.
#include <string>
#include <string_view>
#include <vector>

#include "model/location.h"

namespace handout::model {

// Where an entry holds, around its printed form. An entry holds where all its conditions do.
enum class ClinicalContext {
  after_number,   // "5 U", "2 gtt": a number just before it
  before_number,  // "c/ 8 horas": a number just after it
  in_dose,        // "2 drops OU", "MS 10 mg": a number among the words around it, same sentence
  after_name,     // "Sam Lee, PTA": after a name and a comma (or another credential)
  before_word,    // "L knee": a word in lower case just after it
  in_capitals,    // "TABLETS IN 24 HOURS": a sentence written in capitals around it
  in_capital_sentence,  // "NO MOJE LA HERIDA": no small letter in its whole sentence
};

struct ClinicalCondition {
  ClinicalContext context;
  bool negated = false;  // written "not-after-number"
  friend bool operator==(const ClinicalCondition&, const ClinicalCondition&) = default;
};

struct ClinicalEntry {
  std::string printed;                   // exactly as written: case, full stops and slashes count
  std::vector<ClinicalCondition> where;  // empty: anywhere it is a whole word
  std::string region;                    // "GB": only in handouts of that country; empty: any
  bool feminine = false;  // the noun's gender, for a Spanish number before it ("una gota")
  // What the audio says; "singular|plural" after a number. Empty: the entry only warns, and
  // the reading rules read it ("5 cc" is a quantity).
  std::string spoken;
  // The medication-safety lists it is on ("TJC", "ISMP", "ISMP-ES"), or "ambiguous": each
  // makes `check` warn, with `advice` (what it is mistaken for, what to write instead).
  std::vector<std::string> lists;
  std::string advice;
  Location at;  // in the lexicon's file
  friend bool operator==(const ClinicalEntry&, const ClinicalEntry&) = default;
};

struct ClinicalLexicon {
  std::string file;      // where it was read from
  std::string language;  // "en", "es": the handouts of that language use it
  // In the file's order: the longest printed form that holds wins, then the first.
  std::vector<ClinicalEntry> entries;
  friend bool operator==(const ClinicalLexicon&, const ClinicalLexicon&) = default;
};

// The name `check` gives a list an entry may name ("TJC", "ISMP", "ISMP-ES", "ambiguous"), or
// "" for a code that names none.
constexpr std::string_view clinical_list_title(std::string_view code) {
  if (code == "TJC") return "The Joint Commission's \"Do Not Use\" list";
  if (code == "ISMP")
    return "ISMP's List of Error-Prone Abbreviations, Symbols, and Dose Designations";
  if (code == "ISMP-ES") return "ISMP España's list of error-prone abbreviations";
  if (code == "ambiguous") return "the abbreviations with more than one meaning";
  return "";
}

}  // namespace handout::model
