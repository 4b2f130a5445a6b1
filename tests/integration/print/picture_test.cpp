// Pictures in the PDF, read back by poppler's pdfimages and by pdf.js: each embedded at no
// more than 200 dpi of its printed size and at no less than 150, tagged Figure with its
// description as /Alt and a Layout BBox, its caption a Caption after it; a transparent PNG
// keeps its transparency (an SMask); a picture too small to fill the text width at 150 dpi is
// warned about at its <figure>.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "pdfjs_tree.h"
#include "render_to_file.h"
#include "rendered.h"
#include "sample_handout.h"
#include "test_png.h"
#include "tools.h"

namespace handout::test {

namespace {

struct ListedImage {
  int page = 0;
  std::string type;  // image, smask
  int width = 0, height = 0;
  std::string colour, encoding;
  double x_ppi = 0, y_ppi = 0;
};

// pdfimages -list: "page num type width height color comp bpc enc interp object ID x-ppi
// y-ppi size ratio", after two header lines.
std::vector<ListedImage> pdfimages_list(const std::filesystem::path& pdf) {
  const ToolOutput out = run_tool({"pdfimages", "-list", pdf.string()});
  REQUIRE(out.status == 0);
  CHECK_MESSAGE(out.err.empty(), out.err);
  std::istringstream lines(out.out);
  std::vector<ListedImage> images;
  std::string line;
  for (int header = 0; header < 2; ++header) std::getline(lines, line);
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    ListedImage image;
    int num = 0, comp = 0, bpc = 0, object = 0, generation = 0;
    std::string interp;
    fields >> image.page >> num >> image.type >> image.width >> image.height >> image.colour >>
        comp >> bpc >> image.encoding >> interp >> object >> generation >> image.x_ppi >>
        image.y_ppi;
    if (fields) images.push_back(image);
  }
  return images;
}

std::vector<ListedImage> of_type(const std::vector<ListedImage>& images, const std::string& type) {
  std::vector<ListedImage> out;
  for (const ListedImage& image : images)
    if (image.type == type) out.push_back(image);
  return out;
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A content folder with the sampler's clinic and one handout of three pictures: a large RGBA
// PNG, half of it transparent, a tiny grey one and a grey one with alpha.
std::filesystem::path picture_content() {
  const std::filesystem::path dir = temp_dir();
  std::filesystem::copy_file(testing::exercise_content() / "clinic.xml", dir / "clinic.xml");
  write_file(dir / "images/see-through.png", png(1600, 1000, 4, [](int x, int y, int c) {
               const bool opaque = (x / 100 + y / 100) % 2 == 1;
               return static_cast<unsigned char>(c == 3 ? (opaque ? 255 : 0) : c == 0 ? 200 : 30);
             }));
  write_file(dir / "images/grey-see-through.png", png(1000, 500, 2, [](int x, int, int c) {
               return static_cast<unsigned char>(c == 1 ? (x < 500 ? 255 : 0) : 60);
             }));
  write_file(dir / "images/tiny.png",
             png(40, 30, 1, [](int x, int, int) { return static_cast<unsigned char>(x * 6); }));
  write_file(dir / "handouts/pictures.xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<handout id=\"pictures\" lang=\"en-US\" revised=\"2026-12-01\">\n"
             "  <title>Two pictures</title>\n"
             "  <section><heading>Pictures</heading>\n"
             "    <figure src=\"images/see-through.png\">\n"
             "      <description>Red squares on nothing.</description>\n"
             "      <caption>Half of it is transparent.</caption>\n"
             "    </figure>\n"
             "    <figure src=\"images/tiny.png\">\n"
             "      <description>A tiny grey ramp.</description>\n"
             "    </figure>\n"
             "    <figure src=\"images/grey-see-through.png\">\n"
             "      <description>A grey half and nothing.</description>\n"
             "    </figure>\n"
             "  </section>\n"
             "  <contact/>\n"
             "</handout>\n");
  return dir;
}

}  // namespace

TEST_CASE("pdfimages: the sampler's two pictures at 150 to 200 dpi of the size they print") {
  for (const double body : {18.0, 32.0}) {
    CAPTURE(body);
    print::PrintOptions options;
    options.body_size = body;
    const Rendered& r = rendered("exercise", "exercise-sampler", options);
    const std::vector<ListedImage> images = pdfimages_list(r.pdf);
    REQUIRE(of_type(images, "image").size() == 2);
    CHECK(of_type(images, "smask").empty());  // neither has transparency
    for (const ListedImage& image : images) {
      CHECK(image.x_ppi <= 201);  // no more pixels than print needs
      CHECK(image.x_ppi >= 149);  // and never printed below 150 dpi
      CHECK(image.y_ppi == doctest::Approx(image.x_ppi).epsilon(0.02));
    }
    // pendulum.png (900 pixels wide) prints at 150 dpi, whole; bridge.jpg stays a JPEG.
    CHECK(images[0].width == 900);
    CHECK(images[1].encoding == "jpeg");
  }
}

TEST_CASE("each picture is a Figure whose Alt is its description with a BBox and a Caption after") {
  const Rendered& r = rendered("exercise", "exercise-sampler");
  const std::vector<Element> all = elements(r.pdfjs);
  std::vector<std::string> alts;
  std::vector<std::string> captions;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].role != "Figure" || all[i].alt.starts_with("QR code")) continue;
    alts.push_back(all[i].alt);
    // The caption is the next element, in the same parent.
    if (i + 1 < all.size() && all[i + 1].role == "Caption") {
      CHECK(all[i + 1].ancestors == all[i].ancestors);
      captions.push_back(all[i + 1].text);
    } else {
      captions.emplace_back();
    }
  }
  REQUIRE(alts.size() == r.expected.figures.size());
  for (std::size_t i = 0; i < alts.size(); ++i) {
    CHECK(alts[i] == normalise(r.expected.figures[i].description));
    CHECK(captions[i] == normalise(r.expected.figures[i].caption));
  }
  CHECK(with_role(all, "Caption").size() == 1);
  // Not compressed: structure elements are objects of their own, outside any stream.
  const std::regex bbox(R"(/A <<\s*/O /Layout\s*/BBox \[ [0-9. ]+\])");
  const auto found = std::sregex_iterator(r.bytes.begin(), r.bytes.end(), bbox);
  CHECK(static_cast<std::size_t>(std::distance(found, std::sregex_iterator())) == alts.size());
}

TEST_CASE("a transparent PNG keeps its transparency as an SMask - RGB or grey - and is shrunk") {
  const std::filesystem::path dir = picture_content();
  const model::Handout handout = testing::read_handout_in(dir, "pictures");
  render_to_file(handout, {}, dir / "pictures.pdf");
  const std::vector<ListedImage> images = pdfimages_list(dir / "pictures.pdf");
  const std::vector<ListedImage> masks = of_type(images, "smask");
  const std::vector<ListedImage> pictures = of_type(images, "image");
  REQUIRE(masks.size() == 2);  // the RGBA picture's and the grey one's
  REQUIRE(pictures.size() == 3);
  CHECK(masks.back().width == pictures.back().width);
  CHECK(pictures.back().colour == "gray");
  const ListedImage& picture = pictures.front();
  // 1600 pixels across the text width (6.5 inches) would be 246 dpi: shrunk to 200.
  CHECK(picture.width == 1300);
  CHECK(picture.x_ppi == doctest::Approx(200).epsilon(0.01));
  CHECK(masks.front().width == picture.width);
  CHECK(masks.front().height == picture.height);
  // The mask is compressed like the picture: far less than its 1300 x 813 bytes.
  CHECK(std::filesystem::file_size(dir / "pictures.pdf") < 400'000);
}

TEST_CASE("check warns at the figure of a picture too small to fill the text width at 150 dpi") {
  const std::filesystem::path dir = picture_content();
  const model::Handout handout = testing::read_handout_in(dir, "pictures");
  print::PrintOptions options;
  options.fonts_dir = HANDOUT_SOURCE_DIR "/fonts";
  const model::Diagnostics found = print::check_printable(handout, options);
  REQUIRE(found.size() == 1);
  const model::Diagnostic& warning = found.front();
  CHECK(warning.severity == model::Severity::warning);
  CHECK(warning.at == model::Location{9, 5});
  CHECK(warning.message.find("images/tiny.png is 40 × 30 pixels") != std::string::npos);
  CHECK(warning.message.find("prints only 0.3 inches (0.7 cm) wide") != std::string::npos);
  CHECK(warning.message.find("at least 975 pixels across") != std::string::npos);
  // A warning: the PDF is still made, the tiny picture at 150 dpi.
  render_to_file(handout, options, dir / "warned.pdf");
  const std::vector<ListedImage> images = of_type(pdfimages_list(dir / "warned.pdf"), "image");
  REQUIRE(images.size() == 3);
  CHECK(images[1].width == 40);
  CHECK(images[1].x_ppi == doctest::Approx(150).epsilon(0.01));
}

}  // namespace handout::test
