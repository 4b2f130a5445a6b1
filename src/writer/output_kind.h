#pragma once
// A kind of file a format writes for each handout, declared by its writer: the index, the links
// between formats and the manifest loop over these declarations and name no format.
#include <cstddef>
#include <string>
#include <string_view>

#include "lang/terms.h"

namespace handout::writer {

struct OutputKind {
  std::string suffix;                               // the file is "<id><suffix>": ".pdf", ".tar.gz"
  std::string media_type;                           // "application/pdf"
  lang::Medium medium = lang::Medium::large_print;  // what a patient gets, worded by lang::Terms
  std::string format;                               // its own name in every language: "PDF"
  // Offered to patients (the index, the other formats' links); not a file for the clinic's
  // staff such as the recording's script.
  bool for_patients = true;
  // For a kind a handout has any number of files of (the pictures beside its web page): what
  // comes between the id and each file's number, from 1. Its files are then
  // "<id><numbered><n><suffix>" ("dry-needling.picture-2.png"); empty for a kind of one file.
  std::string numbered = {};

  // "Large print (PDF)" in the language of `terms`.
  std::string label(const lang::Terms& terms) const { return terms.output_label(medium, format); }

  // Whether `tail`, a file's name after its handout's id, names a file of this kind: exactly
  // `suffix`, or for a numbered kind `numbered`, a number from 1 to max_number written without
  // a leading zero, and `suffix`. Nothing else: a build deletes only names it derives.
  bool names(std::string_view tail) const;
  // The name of the n-th file of a numbered kind (n from 1 to max_number), of the file of
  // another kind; throws std::logic_error for a number out of range.
  std::string name(std::string_view id, std::size_t n = 0) const;
  // The longest `tail` this kind names.
  std::size_t longest_tail() const;

  // A numbered kind's largest number: more than any handout's pictures (each has a
  // description of a word at least, and a handout at most content::max_handout_words).
  static constexpr std::size_t max_number = 99999;
};

}  // namespace handout::writer
