// Every format declares the files it writes, so that the index, the links between formats and
// the manifest can list them without naming any format.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "lang/language.h"
#include "writers/writers.h"

namespace handout::test {

TEST_CASE("every format declares at least one file with a media type") {
  for (const writer::Writer* w : writers::all()) {
    CAPTURE(std::string(w->name()));
    CHECK_FALSE(w->outputs().empty());
    for (const writer::OutputKind& kind : w->outputs()) {
      CHECK(kind.suffix.starts_with("."));
      CHECK(kind.media_type.find('/') != std::string::npos);
      CHECK_FALSE(kind.format.empty());
    }
  }
}

TEST_CASE("no two formats write files with the same suffix") {
  std::set<std::string> suffixes;
  for (const writer::Writer* w : writers::all())
    for (const writer::OutputKind& kind : w->outputs()) {
      CAPTURE(kind.suffix);
      CHECK(suffixes.insert(kind.suffix).second);
    }
}

TEST_CASE("a patient's files have labels of their own in every written language") {
  for (const lang::Language language : lang::all_languages) {
    const lang::Terms terms(model::LanguageTag{std::string(lang::language_code(language)), {}});
    std::set<std::string> labels;
    for (const writer::Writer* w : writers::all())
      for (const writer::OutputKind& kind : w->outputs()) {
        if (!kind.for_patients) continue;
        const std::string label = kind.label(terms);
        CAPTURE(label);
        CHECK(label.find(kind.format) != std::string::npos);
        CHECK(labels.insert(label).second);
      }
  }
}

TEST_CASE("every product a format needs has a provider") {
  for (const writer::Writer* w : writers::all())
    for (const writer::Product need : w->needs()) {
      CAPTURE(std::string(w->name()));
      const writer::Writer& provider = writers::provider(need);
      CHECK(std::ranges::count(provider.provides(), need) == 1);
    }
}

}  // namespace handout::test
