// Formats that read other formats' results: --formats builds what they need too, in the
// list's order, and their rebuild key follows the keys of what they need.
#include "cli/format_needs.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "cli/build_inputs.h"
#include "writers/writers.h"

namespace handout::test {

namespace {

std::size_t position(std::string_view name) {
  const auto list = writers::all();
  return static_cast<std::size_t>(
      std::ranges::find_if(list, [&](const writer::Writer* w) { return w->name() == name; }) -
      list.begin());
}

}  // namespace

TEST_CASE("every product a writer needs is provided by a writer earlier in the list") {
  for (const writer::Writer* w : writers::all())
    for (const writer::Product need : w->needs()) {
      CAPTURE(std::string(w->name()));
      CHECK(position(writers::provider(need).name()) < position(w->name()));
    }
}

TEST_CASE("a format that lists the other files provides nothing another format needs") {
  // It is rendered after every other format of the handout, so none could read its products.
  for (const writer::Writer* w : writers::all())
    if (w->lists_other_files()) {
      CAPTURE(std::string(w->name()));
      for (const writer::Writer* other : writers::all())
        for (const writer::Product need : other->needs())
          CHECK(std::ranges::count(w->provides(), need) == 0);
    }
}

TEST_CASE("a chosen format brings what it needs in the list's order and each once") {
  for (const writer::Writer* w : writers::all()) {
    const std::string name(w->name());
    CAPTURE(name);
    const std::vector<std::string> chosen = cli::with_needs(std::vector<std::string>{name, name});
    CHECK(std::ranges::count(chosen, name) == 1);
    CHECK(std::ranges::is_sorted(chosen, {}, [](const std::string& n) { return position(n); }));
    for (const std::string& format : chosen)
      for (const writer::Product need : writers::find(format)->needs())
        CHECK(std::ranges::count(chosen, writers::provider(need).name()) == 1);
    if (w->needs().empty()) CHECK(chosen == std::vector<std::string>{name});
  }
  CHECK(cli::with_needs(std::vector<std::string>{}).empty());
}

TEST_CASE("a format's rebuild key changes with an option of a format it needs") {
  cli::BuildOptions options;
  for (const writer::Writer* w : writers::all()) options.formats.emplace_back(w->name());
  const std::vector<model::Lexicon> no_lexicons;
  writer::Resources resources;
  resources.lexicons = &no_lexicons;
  const model::LanguageTag english{"en-US", {}};
  const auto before = cli::writer_inputs_hashes(options, resources, english);
  std::size_t checked = 0;
  for (const writer::Writer* w : writers::all())
    for (const writer::Product need : w->needs())
      for (const writer::OptionSpec& spec : writers::provider(need).options()) {
        if (spec.kind != writer::OptionSpec::Kind::integer) continue;
        cli::BuildOptions changed = options;
        const int other = spec.default_value == std::to_string(spec.min) ? spec.max : spec.min;
        changed.values.set(spec.name, std::to_string(other));
        const auto after = cli::writer_inputs_hashes(changed, resources, english);
        CAPTURE(std::string(w->name()));
        CAPTURE(spec.name);
        CHECK(after.at(std::string(w->name())) != before.at(std::string(w->name())));
        ++checked;
      }
  const bool any_needs = std::ranges::any_of(
      writers::all(), [](const writer::Writer* w) { return !w->needs().empty(); });
  CHECK((checked > 0) == any_needs);
}

}  // namespace handout::test
