// The exercise sampler's web page built by the real program: its pictures are files beside it,
// prepared (at most 1280 pixels each way, as ImageMagick's identify reads them), named from the
// handout's id and recorded in out/manifest.json as the web format's outputs; each is shown with
// its figure's description as alt text. A later build that no longer makes a picture deletes
// it, and only it: a file of another name that merely looks like one stays. The pages' offline
// worker is written once beside them, listed in the manifest, and deleted with the last page.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "cli_fixture.h"
#include "model/reading_order.h"
#include "process.h"
#include "sample_handout.h"
#include "web/offline.h"

namespace handout::test {

namespace {

namespace fs = std::filesystem;

const std::string sampler = "exercise-sampler";

struct Shown {
  std::string src, alt;
  int width = 0, height = 0;
};

std::string unescaped(std::string text) {
  for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}})
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at))
      text.replace(at, entity.size(), character), at += character.size();
  return text;
}

std::vector<Shown> pictures_on(const std::string& page) {
  static const std::regex img(
      "<img src=\"([^\"]+)\" alt=\"([^\"]*)\" width=\"([0-9]+)\" height=\"([0-9]+)\"/>");
  std::vector<Shown> out;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), img); it != std::sregex_iterator();
       ++it)
    out.push_back({(*it)[1].str(), unescaped((*it)[2].str()), std::stoi((*it)[3].str()),
                   std::stoi((*it)[4].str())});
  return out;
}

std::vector<std::string> descriptions(const model::Handout& handout) {
  std::vector<std::string> out;
  for (const model::Unit& unit : model::reading_order(handout))
    if (unit.kind == model::UnitKind::figure) out.push_back(model::plain_text(*unit.text));
  return out;
}

void build(const fs::path& content, const fs::path& out) {
  const testing::ProcessResult built = testing::run_process(
      {"env", "SOURCE_DATE_EPOCH=0", testing::handout_binary, "build", "--quiet", "--formats",
       "web", "--content", content.string(), "--out", out.string()});
  INFO(built.out, built.err);
  REQUIRE(built.exit_code == 0);
}

// The web format's outputs of the sampler in out/manifest.json, by name, with their sizes.
std::map<std::string, std::uintmax_t> manifest_outputs(const fs::path& out) {
  const nlohmann::json manifest = nlohmann::json::parse(testing::read_all(out / "manifest.json"));
  std::map<std::string, std::uintmax_t> found;
  for (const nlohmann::json& output :
       manifest.at("handouts").at(sampler).at("formats").at("web").at("outputs"))
    found[output.at("name").get<std::string>()] = output.at("size").get<std::uintmax_t>();
  return found;
}

class Folder {
 public:
  explicit Folder(const std::string& name)
      : path_(fs::temp_directory_path() / (name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  ~Folder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace

TEST_CASE("the sampler's pictures are prepared files beside its page - each with its alt text") {
  const Folder out("web-pictures");
  build(testing::exercise_content(), out.path());
  const std::string page = testing::read_all(out.path() / (sampler + ".html"));
  const std::vector<Shown> shown = pictures_on(page);
  std::vector<std::string> alts;
  for (const Shown& picture : shown) alts.push_back(picture.alt);
  CHECK(alts == descriptions(testing::read_exercise_sampler()));
  REQUIRE(shown.size() == 2);
  CHECK(shown[0].src == sampler + ".picture-1.png");
  CHECK(shown[1].src == sampler + ".picture-2.jpg");
  const std::map<std::string, std::uintmax_t> listed = manifest_outputs(out.path());
  for (const Shown& picture : shown) {
    CAPTURE(picture.src);
    const fs::path file = out.path() / picture.src;
    REQUIRE(fs::is_regular_file(file));
    const testing::ProcessResult identified =
        testing::run_process({"identify", "-format", "%m %w %h", file.string()});
    REQUIRE(identified.exit_code == 0);
    CHECK(identified.out == std::string(picture.src.ends_with(".png") ? "PNG " : "JPEG ") +
                                std::to_string(picture.width) + " " +
                                std::to_string(picture.height));
    CHECK(picture.width <= 1280);
    CHECK(picture.height <= 1280);
    REQUIRE(listed.contains(picture.src));
    CHECK(listed.at(picture.src) == fs::file_size(file));
  }
  CHECK(listed.size() == 3);  // the page and its two pictures
  // The index offers patients the page, not its pictures.
  const std::string index = testing::read_all(out.path() / "index.html");
  CHECK(index.find("href=\"" + sampler + ".html\"") != std::string::npos);
  CHECK(index.find(".picture-") == std::string::npos);
}

TEST_CASE("a picture no longer made is deleted and a file that only looks like one is not") {
  const Folder content("web-pictures-content"), out("web-pictures-stale");
  fs::copy(testing::exercise_content(), content.path(), fs::copy_options::recursive);
  build(content.path(), out.path());
  REQUIRE(fs::exists(out.path() / (sampler + ".picture-2.jpg")));
  const std::vector<std::string> lookalikes{sampler + ".picture-02.jpg",
                                            sampler + ".picture-2.jpg.orig",
                                            sampler + ".picture-3.gif", "other.picture-1.png"};
  for (const std::string& name : lookalikes) testing::write_file(out.path() / name, "keep me");
  // The bridge's figure taken out: the handout has one picture left.
  const fs::path xml = content.path() / "handouts" / (sampler + ".xml");
  std::string text = testing::read_all(xml);
  const std::size_t from = text.find("<figure src=\"images/bridge.jpg\">");
  const std::size_t to = text.find("</figure>", from);
  REQUIRE(from != std::string::npos);
  text.erase(from, to + std::string("</figure>").size() - from);
  testing::write_file(xml, text);
  build(content.path(), out.path());
  CHECK_FALSE(fs::exists(out.path() / (sampler + ".picture-2.jpg")));
  CHECK(fs::exists(out.path() / (sampler + ".picture-1.png")));
  for (const std::string& name : lookalikes) {
    CAPTURE(name);
    CHECK(testing::read_all(out.path() / name) == "keep me");
  }
  const std::map<std::string, std::uintmax_t> listed = manifest_outputs(out.path());
  CHECK_FALSE(listed.contains(sampler + ".picture-2.jpg"));
  CHECK(listed.contains(sampler + ".picture-1.png"));
}

TEST_CASE("the pages' offline worker is one file beside them and goes with the last page") {
  const Folder content("web-offline-content"), out("web-offline");
  fs::copy(testing::exercise_content(), content.path(), fs::copy_options::recursive);
  build(content.path(), out.path());
  const std::string worker(web::offline_worker_name);
  CHECK(testing::read_all(out.path() / worker) == web::offline_worker());
  const nlohmann::json manifest =
      nlohmann::json::parse(testing::read_all(out.path() / "manifest.json"));
  std::map<std::string, std::uintmax_t> collection;
  for (const nlohmann::json& output : manifest.at("collection").at("web").at("outputs"))
    collection[output.at("name").get<std::string>()] = output.at("size").get<std::uintmax_t>();
  REQUIRE(collection.contains(worker));
  CHECK(collection.at(worker) == web::offline_worker().size());
  CHECK(collection.contains("index.html"));
  fs::remove(content.path() / "handouts" / (sampler + ".xml"));
  build(content.path(), out.path());
  CHECK_FALSE(fs::exists(out.path() / (sampler + ".html")));
  CHECK_FALSE(fs::exists(out.path() / worker));
}

}  // namespace handout::test
