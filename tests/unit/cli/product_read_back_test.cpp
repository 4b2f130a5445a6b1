// A format's products kept in the manifest and read back by a later build instead of rendering
// that format again: typed JSON that reads back as it was written, and a file taken from the
// output folder only when it is the very file the record describes.
#include "cli/product_read_back.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "cli/content_hash.h"
#include "os/temporary_file.h"
#include "process.h"
#include "writer/products_json.h"
#include "writers/writers.h"

namespace handout::test {

namespace {

namespace fs = std::filesystem;
using testing::read_all;
using testing::TempDir;
using testing::write_file;

const writer::Writer& recorder = writers::provider(writer::Product::recording);
const writer::Writer& printer = writers::provider(writer::Product::printed_pages);

writer::Recording recording(const std::string& name) {
  writer::Recording out;
  out.file.name = name;
  out.seconds = 12.345678901234567;
  out.chapters = {{"intro", "Knee care", 0, 1.5}, {"contact", "Call us", 1.5, 12.345678901234567}};
  out.sentences = {{"u1-s1", 0, 0.1 + 0.2}, {"contact-s1", 0.3, 1.0 / 3}};
  return out;
}

// The first file the format writes for the handout `id` ("knee.mp3").
std::string first_output(const writer::Writer& w, const std::string& id) {
  return w.outputs().front().name(id);
}

struct Folder {
  TempDir dir;
  std::string name = first_output(recorder, "knee");
  std::string bytes = std::string("ID3\x04", 4) + std::string(70'000, '\x5a');
  cli::FormatRecord record;

  Folder() {
    write_file(dir.path() / name, bytes);
    record.outputs = {{name, bytes.size(), cli::hash_bytes(bytes)}};
    writer::Products products;
    products.recording = recording(name);
    record.products = writer::products_to_json(products);
  }
  std::optional<writer::Products> read_back() const {
    return cli::read_back_products(recorder.name(), "knee", record, dir.path(), dir.path());
  }
  // The temporary files left in the folder.
  std::size_t temporaries() const {
    std::size_t n = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir.path()))
      n += os::is_temporary_name(entry.path().filename().string()) ? 1 : 0;
    return n;
  }
};

}  // namespace

TEST_CASE("the recording reads back from its JSON exactly as it was written") {
  writer::Products products;
  products.recording = recording("knee.mp3");
  const nlohmann::json json = writer::products_to_json(products);
  // Through the text the manifest holds, as a later build reads it.
  const writer::Products back =
      writer::products_from_json(nlohmann::json::parse(json.dump(2)), recorder.provides());
  REQUIRE(back.recording);
  CHECK_FALSE(back.printed_pages);
  CHECK(back.recording->file.name == "knee.mp3");
  CHECK(back.recording->file.bytes.empty());
  CHECK(back.recording->seconds == products.recording->seconds);  // every bit of each time
  REQUIRE(back.recording->chapters.size() == 2);
  CHECK(back.recording->chapters[1].title == "Call us");
  CHECK(back.recording->chapters[1].end_seconds == products.recording->chapters[1].end_seconds);
  REQUIRE(back.recording->sentences.size() == 2);
  CHECK(back.recording->sentences[1].id == "contact-s1");
  CHECK(back.recording->sentences[0].end_seconds == 0.1 + 0.2);
  CHECK(back.recording->sentences[1].end_seconds == 1.0 / 3);
  CHECK(writer::products_to_json(back) == json);
}

TEST_CASE("the printed pages read back from their JSON exactly as they were written") {
  writer::Products products;
  products.printed_pages =
      writer::PrintedPages{"knee.pdf", 3, {{1, "u1", 0, ""}, {3, "", 0, "contact-s2"}}};
  const writer::Products back = writer::products_from_json(
      nlohmann::json::parse(writer::products_to_json(products).dump()), printer.provides());
  REQUIRE(back.printed_pages);
  CHECK(back.printed_pages->name == "knee.pdf");
  CHECK(back.printed_pages->pages == 3);
  REQUIRE(back.printed_pages->starts.size() == 2);
  CHECK(back.printed_pages->starts[1].sentence == "contact-s2");
  CHECK(writer::products_to_json(back) == writer::products_to_json(products));
}

TEST_CASE("products JSON a build did not write is refused") {
  writer::Products products;
  products.recording = recording("knee.mp3");
  const nlohmann::json good = writer::products_to_json(products);
  const auto refused = [&](const nlohmann::json& json) {
    try {
      (void)writer::products_from_json(json, recorder.provides());
    } catch (const nlohmann::json::exception&) {
      return true;
    } catch (const std::invalid_argument&) {
      return true;
    }
    return false;
  };
  CHECK_FALSE(refused(good));
  CHECK(refused(nullptr));
  CHECK(refused(nlohmann::json::array()));
  CHECK(refused(nlohmann::json::object()));  // no recording
  nlohmann::json other = good;
  other["printed_pages"] = {
      {"file", "knee.pdf"}, {"pages", 1}, {"starts", nlohmann::json::array()}};
  CHECK(refused(other));  // a product this format does not give
  nlohmann::json missing = good;
  missing["recording"].erase("sentences");
  CHECK(refused(missing));
  nlohmann::json negative = good;
  negative["recording"]["sentences"][0]["begin_seconds"] = -1;
  CHECK(refused(negative));
  nlohmann::json text = good;
  text["recording"]["seconds"] = "12";
  CHECK(refused(text));
  nlohmann::json infinite = good;
  infinite["recording"]["seconds"] = std::numeric_limits<double>::infinity();
  CHECK(refused(infinite));
  writer::Products pages;
  pages.printed_pages = writer::PrintedPages{"knee.pdf", 2, {{3, "u1", 0, ""}}};
  CHECK_THROWS_AS(writer::products_from_json(writer::products_to_json(pages), printer.provides()),
                  std::invalid_argument);  // a page the PDF does not have
}

TEST_CASE("the recording is read back as a copy of the file out holds and leaves that file") {
  const Folder folder;
  {
    const std::optional<writer::Products> back = folder.read_back();
    REQUIRE(back);
    REQUIRE(back->recording);
    const writer::OutputFile& file = back->recording->file;
    CHECK(file.name == folder.name);
    REQUIRE(file.spooled);
    CHECK(file.spooled->path() != folder.dir.path() / folder.name);
    CHECK(read_all(file.spooled->path()) == folder.bytes);
    CHECK(back->recording->sentences.size() == 2);
  }
  CHECK(read_all(folder.dir.path() / folder.name) == folder.bytes);  // never moved nor removed
  CHECK(folder.temporaries() == 0);                                  // the copy went with it
}

TEST_CASE("a record without products is rendered again as before") {
  Folder folder;
  folder.record.products = nullptr;  // an older manifest's
  CHECK_FALSE(folder.read_back());
}

TEST_CASE("a file of another size or other bytes than recorded is not read back") {
  Folder folder;
  write_file(folder.dir.path() / folder.name, folder.bytes + "x");
  CHECK_FALSE(folder.read_back());
  std::string same_size = folder.bytes;
  same_size.back() = 'y';
  write_file(folder.dir.path() / folder.name, same_size);
  CHECK_FALSE(folder.read_back());
  CHECK(folder.temporaries() == 0);
}

TEST_CASE("a recording reached through a symbolic link is not read back") {
  Folder folder;
  const fs::path elsewhere = folder.dir.path() / "elsewhere";
  fs::create_directories(elsewhere);
  fs::rename(folder.dir.path() / folder.name, elsewhere / folder.name);
  fs::create_symlink(elsewhere / folder.name, folder.dir.path() / folder.name);
  CHECK_FALSE(folder.read_back());
  CHECK(folder.temporaries() == 0);
}

TEST_CASE("a recording that is not among the record's outputs is not read back") {
  Folder folder;
  folder.record.outputs.front().name = first_output(recorder, "other");
  CHECK_FALSE(folder.read_back());
  Folder named;
  named.record.products["recording"]["file"] = "../knee.mp3";
  CHECK_FALSE(named.read_back());
}

TEST_CASE("products recorded for a format that gives none or gives others are not read back") {
  const Folder folder;
  CHECK_FALSE(cli::read_back_products(printer.name(), "knee", folder.record, folder.dir.path(),
                                      folder.dir.path()));
  const writer::Writer* lister = nullptr;
  for (const writer::Writer* w : writers::all())
    if (w->provides().empty()) lister = w;
  REQUIRE(lister);
  CHECK_FALSE(cli::read_back_products(lister->name(), "knee", folder.record, folder.dir.path(),
                                      folder.dir.path()));
}

}  // namespace handout::test
