// Offline reading (web/offline.h): the page's policy allows its own origin's worker and nothing
// more, the page asks for it, and the page's version follows everything the worker keeps.
#include "web/offline.h"

#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "read_sample.h"
#include "sample_handout.h"
#include "web/content_policy.h"
#include "web/index_page.h"
#include "web/page.h"

namespace handout::test {

namespace {

const web::PageAudio sampler_audio{"exercise-sampler.mp3", {}, {}};

std::string policy_of(const std::string& page) {
  std::smatch policy;
  REQUIRE(std::regex_search(
      page, policy,
      std::regex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")));
  return policy[1];
}

std::string inline_text(const std::string& page, const std::string& element) {
  std::smatch found;
  REQUIRE(std::regex_search(page, found,
                            std::regex("<" + element + ">([\\s\\S]*?)</" + element + ">")));
  return found[1];
}

std::string version_of(const std::string& page) {
  std::smatch version;
  REQUIRE(std::regex_search(page, version,
                            std::regex("id=\"sentence-times\" data-offline-version=\"([^\"]*)\"")));
  return version[1];
}

}  // namespace

TEST_CASE("the page's policy adds a worker of its own origin and loosens nothing else") {
  const std::string page = web::render_page(testing::read_exercise_sampler(), sampler_audio, {});
  const std::string style = inline_text(page, "style");
  const std::string script = inline_text(page, "script");
  CHECK(policy_of(page) == web::content_security_policy(style, script) + "; worker-src 'self'");
  const std::vector<web::IndexItem> items{{"a", "A", {"en", {}}, {}}};
  CHECK(policy_of(web::render_index(items, nullptr, {"en", {}}, {})).find("worker") ==
        std::string::npos);
}

TEST_CASE("the page's script registers the worker beside it and only over http or https") {
  const std::string script = web::offline_registration();
  const std::string page = web::render_page(testing::read_exercise_sampler(), sampler_audio, {});
  CHECK(inline_text(page, "script").ends_with(script));
  const std::size_t protocol = script.find("/^https?:$/.test(location.protocol)");
  const std::size_t registers =
      script.find("serviceWorker.register(\"" + std::string(web::offline_worker_name) + "\")");
  REQUIRE(protocol != std::string::npos);
  REQUIRE(registers != std::string::npos);
  CHECK(protocol < registers);
  CHECK(web::offline_worker_name == "offline.js");
}

TEST_CASE("the page marks its link to the index for the worker to keep and only that link") {
  const std::string page = web::render_page(testing::read_exercise_sampler(), sampler_audio, {},
                                            nullptr, "index.html#handout-exercise-sampler");
  const std::string marked = "<a href=\"index.html#handout-exercise-sampler\" " +
                             std::string(web::offline_keep_attribute) + "=\"\">";
  CHECK(page.find(marked) != std::string::npos);
  const std::regex any_mark{std::string(web::offline_keep_attribute)};
  const auto marks = std::distance(std::sregex_iterator(page.begin(), page.end(), any_mark),
                                   std::sregex_iterator());
  // The link itself and the script's selector of it.
  CHECK(marks == 2);
  CHECK(web::offline_registration().find("a[" + std::string(web::offline_keep_attribute) + "]") !=
        std::string::npos);
}

TEST_CASE("the page's version changes with its text and its recording and its pictures only") {
  const model::Handout sampler = testing::read_exercise_sampler();
  xhtml::PictureFiles pictures(sampler);
  const auto page = [&](const model::Handout& h, std::string_view recording) {
    return web::render_page(h, sampler_audio, {}, &pictures, {}, {}, recording);
  };
  const std::string version = version_of(page(sampler, "ID3 one"));
  CHECK(std::regex_match(version, std::regex("[0-9a-f]{32}")));
  CHECK(version_of(page(sampler, "ID3 one")) == version);
  CHECK(version_of(page(sampler, "ID3 two")) != version);
  const testing::ReadResult one =
      testing::read_body("<section><heading>Rest</heading><p>Rest for a day.</p></section>");
  const testing::ReadResult two =
      testing::read_body("<section><heading>Rest</heading><p>Rest for two days.</p></section>");
  REQUIRE_MESSAGE(one.handout, one.report());
  REQUIRE_MESSAGE(two.handout, two.report());
  CHECK(version_of(web::render_page(*one.handout, sampler_audio, {})) !=
        version_of(web::render_page(*two.handout, sampler_audio, {})));
  REQUIRE_FALSE(pictures.files().empty());
  pictures.files()[0].bytes = "another picture";
  CHECK(version_of(page(sampler, "ID3 one")) != version);
}

TEST_CASE("the version is SHA-256 of each part followed by its length") {
  CHECK(web::offline_version(std::vector<std::string_view>{"abc"}) ==
        "a18f7504c6fb17eff828dc9a1ac2426c");
  web::OfflineDigest pieces;
  pieces.add_piece("ab");
  pieces.add_piece("c");
  pieces.end_part();
  CHECK(pieces.hex() == web::offline_version(std::vector<std::string_view>{"abc"}));
  CHECK(web::offline_version(std::vector<std::string_view>{"ab", "c"}) !=
        web::offline_version(std::vector<std::string_view>{"a", "bc"}));
}

}  // namespace handout::test
