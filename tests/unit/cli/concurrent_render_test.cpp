// A handout's formats render side by side where they do not need each other, with the same
// result as one after another: the same bytes, a format after those it needs, and the error of
// the first format that failed.
#include "cli/concurrent_render.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "content/content_folder.h"
#include "read_sample.h"
#include "writers/writers.h"

namespace handout::test {

namespace {

using namespace std::chrono_literals;

// What a test format does when it renders.
struct Plan {
  std::string name;
  std::vector<std::string_view> needs;
  std::chrono::milliseconds takes{0};
  bool fails = false;
  std::atomic<int>* started = nullptr;  // counts the formats that have started rendering
  int wait_for_started = 0;             // waits (up to 5 s) until that many have
};

// A format of the tests: its file holds its name and, after it, the files of the formats it
// needs (read from `needed`), so a format rendered before its needs would show it. Its
// summary says whether the formats it waited for started while it was rendering.
class Probe final : public writer::Writer {
 public:
  explicit Probe(Plan plan) : plan_(std::move(plan)) {}
  std::string_view name() const override { return plan_.name; }
  std::string_view description() const override { return "a test format"; }
  const std::vector<writer::OptionSpec>& options() const override { return options_; }
  std::vector<std::string_view> needs() const override { return plan_.needs; }
  std::vector<writer::Input> inputs(const writer::Resources&, const writer::OptionValues&,
                                    const model::LanguageTag&) const override {
    return {};
  }
  model::Diagnostics check(const model::Handout&, const writer::Resources&) const override {
    return {};
  }
  std::string describe(const nlohmann::json&) const override { return ""; }

  writer::Rendered render(const model::Handout&, const writer::Resources&,
                          const writer::OptionValues&,
                          const writer::RenderedFormats& needed) const override {
    bool met = true;
    if (plan_.started) {
      ++*plan_.started;
      const auto deadline = std::chrono::steady_clock::now() + 5s;
      while (*plan_.started < plan_.wait_for_started && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(1ms);
      met = *plan_.started >= plan_.wait_for_started;
    }
    std::this_thread::sleep_for(plan_.takes);
    if (plan_.fails) throw std::runtime_error(plan_.name + " failed");
    std::string bytes = plan_.name;
    for (std::string_view need : plan_.needs)
      bytes += "(" + needed.find(need)->second.files.at(0).bytes + ")";
    return {{{plan_.name, bytes}}, {{"met", met}}, {}};
  }

 private:
  Plan plan_;
  std::vector<writer::OptionSpec> options_;
};

struct Formats {
  std::vector<Probe> probes;
  std::vector<const writer::Writer*> list() const {
    std::vector<const writer::Writer*> out;
    for (const Probe& p : probes) out.push_back(&p);
    return out;
  }
};

testing::ReadResult read_sample() {
  return testing::read_body(
      "<section><heading>After your visit</heading><p>Drink water and rest for a day. Call us "
      "if the pain gets worse.</p><list><item>Ice for ten minutes.</item><item>Walk "
      "gently.</item></list></section><contact/>");
}

writer::RenderedFormats render(const Formats& formats) {
  const testing::ReadResult sample = read_sample();
  REQUIRE_MESSAGE(sample.handout, sample.report());
  return cli::render_concurrently(formats.list(), *sample.handout, {}, {});
}

std::string error_of(const Formats& formats) {
  try {
    render(formats);
  } catch (const std::runtime_error& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("formats render after their needs") {
  Formats formats;
  formats.probes.emplace_back(Plan{"a", {}, 0ms});
  formats.probes.emplace_back(Plan{"b", {}, 50ms});
  formats.probes.emplace_back(Plan{"c", {"a", "b"}, 0ms});
  formats.probes.emplace_back(Plan{"d", {"c"}, 0ms});
  formats.probes.emplace_back(Plan{"e", {"a"}, 0ms});
  const writer::RenderedFormats rendered = render(formats);
  REQUIRE(rendered.size() == 5);
  CHECK(rendered.at("c").files.at(0).bytes == "c(a)(b)");  // b took longer: c waited for it
  CHECK(rendered.at("d").files.at(0).bytes == "d(c(a)(b))");
  CHECK(rendered.at("e").files.at(0).bytes == "e(a)");
}

TEST_CASE("the error reported is the first failing format's whichever thread finishes first") {
  Formats formats;
  formats.probes.emplace_back(Plan{"slow", {}, 100ms, true});
  formats.probes.emplace_back(Plan{"fast", {}, 0ms, true});
  formats.probes.emplace_back(Plan{"after", {"slow"}, 0ms});
  CHECK(error_of(formats) == "slow failed");

  Formats later;  // a format that needs another fails after a format that needs nothing
  later.probes.emplace_back(Plan{"base", {}, 0ms});
  later.probes.emplace_back(Plan{"needs-base", {"base"}, 0ms, true});
  later.probes.emplace_back(Plan{"alone", {}, 0ms, true});
  CHECK(error_of(later) == "needs-base failed");  // as one after another would report

  Formats fine;
  fine.probes.emplace_back(Plan{"one", {}, 0ms});
  CHECK_NOTHROW(render(fine));
}

TEST_CASE("every real format renders the same bytes side by side as one after another") {
  model::Diagnostics problems;
  const auto lexicons = content::load_lexicons(HANDOUT_SOURCE_DIR "/content", problems);
  REQUIRE(lexicons);
  const writer::Resources resources{
      .fonts_dir = HANDOUT_SOURCE_DIR "/fonts", .lexicons = &*lexicons, .source_date_epoch = 0};
  const testing::ReadResult sample = read_sample();
  REQUIRE_MESSAGE(sample.handout, sample.report());
  const writer::OptionValues values;
  writer::RenderedFormats one_by_one;
  for (const writer::Writer* w : writers::all())
    one_by_one.emplace(w->name(), w->render(*sample.handout, resources, values, one_by_one));
  const writer::RenderedFormats side_by_side =
      cli::render_concurrently(writers::all(), *sample.handout, resources, values);
  REQUIRE(side_by_side.size() == one_by_one.size());
  for (const auto& [name, format] : one_by_one) {
    CAPTURE(name);
    const writer::Rendered& other = side_by_side.at(name);
    CHECK(other.summary == format.summary);
    REQUIRE(other.files.size() == format.files.size());
    for (std::size_t i = 0; i < format.files.size(); ++i) {
      CHECK(other.files[i].name == format.files[i].name);
      CHECK(other.files[i].bytes == format.files[i].bytes);
    }
  }
}

}  // namespace handout::test
