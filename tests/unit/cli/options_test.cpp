// The command line is made from the list of writers: each format's options, ranges and
// defaults come from its declaration, and --formats chooses among the listed names.
#include "cli/options.h"

#include <doctest/doctest.h>

#include <vector>

#include "cli/out_folder.h"
#include "writers/writers.h"

namespace handout::test {

namespace {

cli::Parsed parse(std::vector<std::string> words) {
  words.insert(words.begin(), "handout");
  std::vector<char*> args;
  for (std::string& word : words) args.push_back(word.data());
  return cli::parse_command_line(args);
}

}  // namespace

TEST_CASE("every writer's options are on the command line with their declared defaults") {
  const auto parsed = parse({"build"});
  const auto& build = std::get<cli::BuildOptions>(parsed);
  std::vector<std::string> names;
  for (const writer::Writer* w : writers::all()) names.emplace_back(w->name());
  CHECK(build.formats == names);
  for (const writer::Writer* w : writers::all())
    for (const writer::OptionSpec& spec : w->options())
      CHECK(build.values.text(spec) == spec.default_value);
}

TEST_CASE("an integer option outside its declared range is a usage error") {
  for (const writer::Writer* w : writers::all())
    for (const writer::OptionSpec& spec : w->options()) {
      if (spec.kind != writer::OptionSpec::Kind::integer) continue;
      CAPTURE(spec.name);
      CHECK(std::get<cli::ExitCode>(parse(
                {"build", "--" + spec.name, std::to_string(spec.max + 1)})) == cli::exit_usage);
      const auto ok = parse({"build", "--" + spec.name, std::to_string(spec.min)});
      CHECK(std::get<cli::BuildOptions>(ok).values.text(spec) == std::to_string(spec.min));
    }
}

TEST_CASE("formats are chosen by name in the list's order and unknown ones are refused") {
  const writer::Writer* first = writers::all().front();
  const writer::Writer* last = writers::all().back();
  const auto parsed =
      parse({"build", "--formats", std::string(last->name()) + "," + std::string(first->name())});
  // In the list's order, with what the last one needs between them (format_needs_test.cpp).
  const std::vector<std::string>& formats = std::get<cli::BuildOptions>(parsed).formats;
  REQUIRE(formats.size() >= 2);
  CHECK(formats.front() == first->name());
  CHECK(formats.back() == last->name());
  CHECK(std::get<cli::ExitCode>(parse({"build", "--formats", "nonsense"})) == cli::exit_usage);
}

TEST_CASE("--formats takes one comma-separated argument and leaves the ids after it") {
  const writer::Writer* first = writers::all().front();
  const writer::Writer* last = writers::all().back();
  const auto parsed = parse({"build", "--formats", std::string(first->name()), "knee-ice",
                             "--formats", std::string(last->name()), "back-pain"});
  const cli::BuildOptions& build = std::get<cli::BuildOptions>(parsed);
  CHECK(build.ids == std::vector<std::string>{"knee-ice", "back-pain"});
  REQUIRE(build.formats.size() >= 2);
  CHECK(build.formats.front() == first->name());
  CHECK(build.formats.back() == last->name());
}

TEST_CASE("a choice is accepted in any case") {
  const auto parsed = parse({"build", "--paper", "A4"});
  const writer::Writer* pdf = writers::find("pdf");
  REQUIRE(pdf);
  CHECK(std::get<cli::BuildOptions>(parsed).values.text(pdf->options()[1]) == "a4");
}

TEST_CASE("the output folder may not be the root or the content folder nor hold or sit in it") {
  for (const std::string command : {"build", "watch"}) {
    CAPTURE(command);
    for (const std::vector<std::string>& folders :
         {std::vector<std::string>{"--out", "/"},
          {"--out", "content"},
          {"--out", "content/"},
          {"--out", "./content/../content"},
          {"--out", "."},
          {"--out", "content/out"},
          {"--content", "/tmp/c", "--out", "/tmp"},
          {"--content", "site/content", "--out", "site"}}) {
      std::vector<std::string> words{command};
      words.insert(words.end(), folders.begin(), folders.end());
      CAPTURE(words.back());
      CHECK(std::get<cli::ExitCode>(parse(words)) == cli::exit_usage);
    }
    CHECK(std::holds_alternative<cli::ExitCode>(parse({command, "--out", "out"})) == false);
    CHECK(std::holds_alternative<cli::ExitCode>(
              parse({command, "--content", "site/content", "--out", "site/out"})) == false);
  }
}

TEST_CASE("a refused output folder is named in one line with the fix") {
  CHECK(cli::out_folder_problem("/", "content") ==
        "--out '/' is the root folder; give the build a folder of its own, e.g. --out out");
  CHECK(cli::out_folder_problem("content/", "content") ==
        "--out 'content/' is the content folder; give the build a folder of its own, e.g. "
        "--out out");
  CHECK(cli::out_folder_problem("..", "content") ==
        "--out '..' holds the content folder 'content'; give the build a folder of its own, "
        "e.g. --out out");
  CHECK(cli::out_folder_problem("content/handouts", "content") ==
        "--out 'content/handouts' is inside the content folder 'content'; give the build a "
        "folder of its own, e.g. --out out");
  CHECK_FALSE(cli::out_folder_problem("out", "content"));
  CHECK_FALSE(cli::out_folder_problem("contents", "content"));
}

}  // namespace handout::test
