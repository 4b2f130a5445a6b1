// A figure's picture is a PNG or JPEG file inside the content folder, judged by its bytes; any
// other src (an address, a path out of the folder, a link, a FIFO, a device, a huge picture) is
// one located error, at once. A description that names the medium is warned about.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "content/description_warnings.h"
#include "content/handout_reader.h"
#include "content/picture_reader.h"
#include "process.h"
#include "read_sample.h"
#include "string_vectors.h"

using namespace handout;
namespace fs = std::filesystem;

namespace {

const fs::path source_dir = HANDOUT_SOURCE_DIR;

std::string file_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A content folder with a PNG (1400 × 450) and a JPEG in images/.
struct ContentFolder {
  testing::TempDir folder;
  ContentFolder() {
    fs::create_directories(folder.path() / "images");
    fs::copy_file(source_dir / "content/images/bridge.png", folder.path() / "images/bridge.png");
    fs::copy_file(source_dir / "tests/data/exercise-content/images/bridge.jpg",
                  folder.path() / "images/photo.jpg");
  }
  const fs::path& path() const { return folder.path(); }

  // A handout whose section holds `blocks` from line 5 on, read with this folder.
  testing::ReadResult read(const std::string& blocks) const {
    testing::ReadResult result;
    const content::HandoutContext context{"sample", &testing::sample_clinic(), path()};
    result.handout = content::parse_handout(
        "<handout id=\"sample\" "
        "lang=\"en-US\">\n<title>T</title>\n<section>\n<heading>H</heading>\n" +
            blocks + "\n</section>\n</handout>\n",
        "sample.xml", context, result.diagnostics);
    return result;
  }

  // The messages for a figure of `src` with a description, its src attribute at 5:9.
  std::vector<std::string> errors_for(const std::string& src) const {
    const auto result =
        read("<figure src=\"" + src + "\"><description>Lying down.</description></figure>");
    CHECK_FALSE(result.handout);
    return result.messages();
  }
};

using Messages = std::vector<std::string>;

}  // namespace

TEST_CASE("a figure holds its picture judged by its bytes and its description and caption") {
  const ContentFolder content;
  const auto result = content.read(
      "<figure src=\"images/bridge.png\">\n"
      "  <description>Lying on the back, the hips lifted.</description>\n"
      "  <caption>Lift <em>slowly</em>.</caption>\n"
      "</figure>\n"
      "<figure src=\"images/photo.jpg\"><description>A bridge.</description></figure>");
  REQUIRE_MESSAGE(result.handout, result.report());
  const auto& section = std::get<model::Section>(result.handout->body.front());
  REQUIRE(section.blocks.size() == 2);
  const auto& drawing = std::get<model::Figure>(section.blocks[0]);
  CHECK(drawing.at == model::Location{5, 1});
  CHECK(drawing.picture.src == "images/bridge.png");
  CHECK(drawing.picture.format == model::PictureFormat::png);
  CHECK(drawing.picture.width == 1400);
  CHECK(drawing.picture.height == 450);
  REQUIRE(drawing.picture.bytes);
  const std::string bytes = file_text(content.path() / "images/bridge.png");
  CHECK(drawing.picture.bytes->size() == bytes.size());
  CHECK(drawing.picture.digest.size() == 32);
  CHECK(model::plain_text(drawing.description) == "Lying on the back, the hips lifted.");
  REQUIRE(drawing.caption);
  CHECK(model::plain_text(*drawing.caption) == "Lift slowly.");
  const auto& photo = std::get<model::Figure>(section.blocks[1]);
  CHECK(photo.picture.format == model::PictureFormat::jpeg);
  CHECK_FALSE(photo.caption);
  CHECK(photo.picture.digest != drawing.picture.digest);
}

TEST_CASE("a picture's format comes from its bytes and not from its name") {
  const ContentFolder content;
  fs::copy_file(content.path() / "images/photo.jpg", content.path() / "images/photo.png");
  const auto result =
      content.read("<figure src=\"images/photo.png\"><description>A.</description></figure>");
  REQUIRE_MESSAGE(result.handout, result.report());
  const auto& section = std::get<model::Section>(result.handout->body.front());
  CHECK(std::get<model::Figure>(section.blocks[0]).picture.format == model::PictureFormat::jpeg);
  testing::write_file(content.path() / "images/note.png", "Not a picture at all.\n");
  const Messages errors = content.errors_for("images/note.png");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].starts_with("sample.xml:5:9: the picture 'images/note.png': "));
  CHECK(errors[0].find("not a PNG or JPEG picture") != std::string::npos);
}

TEST_CASE("a figure needs its description first and at most one caption") {
  const ContentFolder content;
  const auto errors = [&](const std::string& figure) {
    const auto result = content.read(figure);
    CHECK_FALSE(result.handout);
    return result.messages();
  };
  CHECK(errors("<figure src=\"images/bridge.png\"><caption>Lift.</caption></figure>") ==
        Messages{"sample.xml:5:33: a <figure> starts with its <description>: what the picture "
                 "shows, for those who cannot see it (what the body does, not \"picture of\")"});
  CHECK(errors("<figure src=\"images/bridge.png\"/>") ==
        Messages{"sample.xml:5:1: a <figure> starts with its <description>: what the picture "
                 "shows, for those who cannot see it (what the body does, not \"picture of\")"});
  CHECK(errors("<figure src=\"images/bridge.png\"><description> </description></figure>") ==
        Messages{"sample.xml:5:33: <description> is empty; write its text or delete it"});
  CHECK(errors("<figure src=\"images/bridge.png\"><description>A.</description>"
               "<caption/></figure>") ==
        Messages{"sample.xml:5:62: <caption> is empty; write its text or delete it"});
  CHECK(errors("<figure src=\"images/bridge.png\"><description>A.</description>"
               "<caption>B.</caption><caption>C.</caption></figure>") ==
        Messages{"sample.xml:5:83: <caption> is not allowed here; a <figure> holds one "
                 "<description>, then at most one <caption>"});
  CHECK(errors("<figure><description>A.</description></figure>") ==
        Messages{"sample.xml:5:1: <figure> needs the attribute 'src'"});
  CHECK(errors("<figure src=\"images/bridge.png\" alt=\"A.\"><description>A.</description>"
               "</figure>") ==
        Messages{"sample.xml:5:33: unknown attribute 'alt' on <figure>; delete it"});
}

TEST_CASE("a src that is an address or leaves the folder is refused before anything is opened") {
  const ContentFolder content;
  const std::string inside =
      "write a path inside the content folder, such as "
      "src=\"images/pendulum.png\"";
  CHECK(content.errors_for("https://www.example.org/bridge.png") ==
        Messages{"sample.xml:5:9: src 'https://www.example.org/bridge.png' is an address; "
                 "pictures are files of the content folder: " +
                 inside});
  CHECK(content.errors_for("data:image/png;base64,iVBORw0KGgo=") ==
        Messages{"sample.xml:5:9: src 'data:image/png;base64,iVBORw0KGgo=' is an address; "
                 "pictures are files of the content folder: " +
                 inside});
  CHECK(content.errors_for("/dev/zero") ==
        Messages{"sample.xml:5:9: src '/dev/zero' is an absolute path; " + inside});
  CHECK(content.errors_for("images\\bridge.png") ==
        Messages{"sample.xml:5:9: src 'images\\bridge.png' uses \\; separate folders with /, "
                 "as in images/a.png"});
  for (const char* src : {"../clinic.xml", "images/../../etc/passwd", "./images/bridge.png",
                          "images//bridge.png", "images/"}) {
    CAPTURE(src);
    CHECK(content.errors_for(src) ==
          Messages{"sample.xml:5:9: src '" + std::string(src) +
                   "' leaves the content folder or names a folder in a roundabout way; " + inside});
  }
  CHECK(content.errors_for("") == Messages{"sample.xml:5:9: src is empty; " + inside});
}

TEST_CASE("a missing picture and a link and a folder are each one message") {
  const ContentFolder content;
  fs::create_symlink("bridge.png", content.path() / "images/linked.png");
  fs::create_directory_symlink("images", content.path() / "pictures");
  fs::create_directories(content.path() / "images/folder.png");
  CHECK(content.errors_for("images/Bridge.png") ==
        Messages{"sample.xml:5:9: the picture 'images/Bridge.png' is not in the content folder; "
                 "check the name (letter case counts) or add the file"});
  const std::string link =
      " is (or lies in) a symbolic link; copy the picture into the content "
      "folder instead";
  CHECK(content.errors_for("images/linked.png") ==
        Messages{"sample.xml:5:9: the picture 'images/linked.png'" + link});
  CHECK(content.errors_for("pictures/bridge.png") ==
        Messages{"sample.xml:5:9: the picture 'pictures/bridge.png'" + link});
  CHECK(content.errors_for("images/folder.png") ==
        Messages{"sample.xml:5:9: the picture 'images/folder.png' is not a file (a folder or a "
                 "device)"});
}

TEST_CASE("a FIFO and a device are refused at once and never read") {
  const ContentFolder content;
  REQUIRE(::mkfifo((content.path() / "images/piped.png").c_str(), 0644) == 0);  // no writer
  const std::string not_a_file = " is not a file (a folder or a device)";
  CHECK(content.errors_for("images/piped.png") ==
        Messages{"sample.xml:5:9: the picture 'images/piped.png'" + not_a_file});
  const fs::path zero = content.path() / "images/zero.png";
  if (::mknod(zero.c_str(), S_IFCHR | 0644, makedev(1, 5)) != 0) {
    MESSAGE("no device made (not allowed here)");
    return;
  }
  const Messages errors = content.errors_for("images/zero.png");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].starts_with("sample.xml:5:9: the picture 'images/zero.png'"));
}

TEST_CASE("a picture over 100 megapixels is refused from its header in the image module's words") {
  const ContentFolder content;
  fs::copy_file(source_dir / "tests/bad/images/huge.png", content.path() / "images/huge.png");
  CHECK(content.errors_for("images/huge.png") ==
        Messages{"sample.xml:5:9: the picture 'images/huge.png': the picture is 100000 × 100000 "
                 "pixels (10000 megapixels): at most 100 megapixels can be used. Save it smaller "
                 "(2,000 pixels wide is plenty for print)"});
}

TEST_CASE("a picture file over the size limit is refused without keeping it") {
  const ContentFolder content;
  { std::ofstream(content.path() / "images/big.png"); }
  fs::resize_file(content.path() / "images/big.png", content::max_picture_bytes + 1);
  CHECK(content.errors_for("images/big.png") ==
        Messages{"sample.xml:5:9: the picture 'images/big.png' is larger than 64 MB; save it "
                 "smaller (a photo of 12 megapixels is well under that)"});
}

TEST_CASE("without a content folder a figure is an error at its src") {
  const auto result = testing::read_body(
      "<section><heading>H</heading>\n"
      "<figure src=\"images/bridge.png\"><description>A.</description></figure></section>");
  CHECK(result.messages() ==
        Messages{"sample.xml:4:9: pictures are read from a content folder; build or check the "
                 "folder"});
}

TEST_CASE("a description that names the medium is warned about at its first word") {
  const ContentFolder content;
  const auto warnings = [&](const std::string& description) {
    const auto result = content.read("<figure src=\"images/bridge.png\">\n  <description>" +
                                     description + "</description>\n</figure>");
    REQUIRE_MESSAGE(result.handout, result.report());
    Messages out;
    for (const model::Diagnostic& d : content::description_warnings(*result.handout))
      out.push_back(model::format(d));
    return out;
  };
  const std::string advice =
      "'; the audio already says that a picture follows, so say only "
      "what it shows, e.g. 'Lie on your back with both knees bent'";
  CHECK(warnings("Image of a man lifting his arm.") ==
        Messages{"sample.xml:6:16: warning: the description starts with 'image of" + advice});
  CHECK(warnings("A drawing of the bridge.") ==
        Messages{"sample.xml:6:16: warning: the description starts with 'a drawing of" + advice});
  CHECK(warnings("Una ilustración de un puente.") ==
        Messages{"sample.xml:6:16: warning: the description starts with 'una ilustración de" +
                 advice});
  CHECK(warnings("Lying on the back, an image of calm.").empty());
  CHECK(warnings("Pictured: the hips lifted.").empty());
}
