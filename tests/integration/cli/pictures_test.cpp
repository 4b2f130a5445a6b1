// `handout build` and pictures: an edited picture rebuilds only the handouts that show it, a
// picture that is a symbolic link is refused at its place, never followed, and the index of the
// web pages lists the handouts with pictures (it reads them with their content folder).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "cli_fixture.h"
#include "process.h"

using namespace handout::testing;
namespace fs = std::filesystem;

namespace {

const fs::path sample_images = fs::path(HANDOUT_SOURCE_DIR) / "content" / "images";

// A handout that shows `src` (or no picture when empty).
std::string handout_showing(const std::string& id, const std::string& src) {
  const std::string figure = src.empty()
                                 ? ""
                                 : "    <figure src=\"" + src +
                                       "\">\n      <description>Lying on the back, the hips "
                                       "lifted.</description>\n    </figure>\n";
  return "<handout id=\"" + id + "\" lang=\"en-US\">\n  <title>" + id +
         "</title>\n  <section>\n    <heading>Bridge</heading>\n" + figure +
         "    <p>Lift your hips.</p>\n  </section>\n</handout>\n";
}

// A content folder whose handouts alpha and beta show a picture each and gamma none.
struct PictureWorkspace {
  TempDir dir;
  fs::path content = dir.path() / "content";
  fs::path out = dir.path() / "out";

  PictureWorkspace() {
    write_file(content / "clinic.xml",
               "<clinic><name>Test Clinic</name><phone>(207) 555-0142</phone></clinic>\n");
    fs::create_directories(content / "images");
    fs::copy_file(sample_images / "bridge.png", content / "images/a.png");
    fs::copy_file(sample_images / "pelvic-tilt.png", content / "images/b.png");
    write_file(content / "handouts/alpha.xml", handout_showing("alpha", "images/a.png"));
    write_file(content / "handouts/beta.xml", handout_showing("beta", "images/b.png"));
    write_file(content / "handouts/gamma.xml", handout_showing("gamma", ""));
  }

  ProcessResult build(const std::string& formats = "pdf") const {
    return run_process({handout_binary, "build", "--formats", formats, "--content",
                        content.string(), "--out", out.string()});
  }
};

}  // namespace

TEST_CASE("an edited picture rebuilds only the handout that shows it") {
  PictureWorkspace ws;
  const ProcessResult first = ws.build();
  REQUIRE_MESSAGE(first.exit_code == 0, first.err);
  CHECK(first.out.find("3 built, 0 unchanged, 0 failed") != std::string::npos);

  fs::copy_file(sample_images / "bird-dog.png", ws.content / "images/a.png",
                fs::copy_options::overwrite_existing);
  const ProcessResult edited = ws.build();
  CHECK(edited.exit_code == 0);
  CHECK(edited.out.find("built     alpha") != std::string::npos);
  CHECK(edited.out.find("unchanged beta") != std::string::npos);
  CHECK(edited.out.find("unchanged gamma") != std::string::npos);
  CHECK(edited.out.find("1 built, 2 unchanged, 0 failed") != std::string::npos);
  CHECK(ws.build().out.find("0 built, 3 unchanged, 0 failed") != std::string::npos);
}

TEST_CASE("a picture made a symbolic link fails its handout at the src and is never read") {
  PictureWorkspace ws;
  REQUIRE(ws.build().exit_code == 0);
  // The picture replaced by a link to one outside the content folder.
  fs::copy_file(sample_images / "bird-dog.png", ws.dir.path() / "outside.png");
  fs::remove(ws.content / "images/b.png");
  fs::create_symlink(ws.dir.path() / "outside.png", ws.content / "images/b.png");
  const ProcessResult linked = ws.build();
  CHECK(linked.exit_code == 1);
  CHECK(linked.err.find("beta.xml:5:13: the picture 'images/b.png' is (or lies in) a symbolic "
                        "link; copy the picture into the content folder instead") !=
        std::string::npos);
  CHECK(linked.out.find("0 built, 2 unchanged, 1 failed") != std::string::npos);
}

TEST_CASE("the index of the web pages lists the handouts that show pictures") {
  PictureWorkspace ws;
  const ProcessResult built = ws.build("web");
  REQUIRE_MESSAGE(built.exit_code == 0, built.err);
  const std::string index = read_all(ws.out / "index.html");
  for (const char* page : {"alpha.html", "beta.html", "gamma.html"}) {
    CAPTURE(page);
    CHECK(index.find(std::string("href=\"") + page + "\"") != std::string::npos);
  }
}
