#include "content/picture_reader.h"

#include <xxhash.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <variant>

#include "image/picture.h"
#include "os/inside_folder.h"

namespace handout::content {

namespace {

constexpr std::string_view where_pictures_go =
    "write a path inside the content folder, such as src=\"images/pendulum.png\"";

// Why `src` is not a plain relative path inside the content folder, or empty.
std::string path_problem(std::string_view src) {
  if (src.empty()) return "src is empty; " + std::string(where_pictures_go);
  if (src.find("://") != std::string_view::npos || src.starts_with("data:"))
    return "src '" + std::string(src) +
           "' is an address; pictures are files of the content folder: " +
           std::string(where_pictures_go);
  if (src.front() == '/')
    return "src '" + std::string(src) + "' is an absolute path; " + std::string(where_pictures_go);
  if (src.find('\\') != std::string_view::npos)
    return "src '" + std::string(src) + "' uses \\; separate folders with /, as in images/a.png";
  // Split on "/" by hand: std::filesystem::path would read "a//b" as "a/b".
  for (std::size_t start = 0;;) {
    const std::size_t slash = src.find('/', start);
    const std::string_view part = src.substr(start, slash - start);
    if (part.empty() || part == "." || part == "..")
      return "src '" + std::string(src) +
             "' leaves the content folder or names a folder in a roundabout way; " +
             std::string(where_pictures_go);
    if (slash == std::string_view::npos) return {};
    start = slash + 1;
  }
}

std::string open_problem(const os::InsideFile::Problem problem, int error, std::string_view src) {
  const std::string name = "'" + std::string(src) + "'";
  switch (problem) {
    case os::InsideFile::Problem::missing:
      return "the picture " + name +
             " is not in the content folder; check the name (letter case counts) or add the file";
    case os::InsideFile::Problem::link:
      return "the picture " + name +
             " is (or lies in) a symbolic link; copy the picture into the content folder instead";
    case os::InsideFile::Problem::not_regular:
      return "the picture " + name + " is not a file (a folder or a device)";
    case os::InsideFile::Problem::outside:
      return "the picture " + name + " is not inside the content folder; " +
             std::string(where_pictures_go);
    case os::InsideFile::Problem::too_large:
      return "the picture " + name + " is larger than " + std::to_string(max_picture_bytes >> 20) +
             " MB; save it smaller (a photo of 12 megapixels is well under that)";
    default:
      return "the picture " + name + " cannot be read: " + std::strerror(error);
  }
}

// The image module refuses larger pictures itself; this guard keeps the reader's promise (a
// located error, never a decoder run out of memory) whatever module stands behind inspect().
// Its words are the image module's.
std::string size_problem(const image::Header& info) {
  const long long pixels = static_cast<long long>(info.width) * info.height;
  if (info.width > 0 && info.height > 0 && pixels <= max_picture_pixels) return {};
  return "the picture is " + std::to_string(info.width) + " × " + std::to_string(info.height) +
         " pixels (" + std::to_string((pixels + 500'000) / 1'000'000) + " megapixels): at most " +
         std::to_string(max_picture_pixels / 1'000'000) +
         " megapixels can be used. Save it smaller (2,000 pixels wide is plenty for print)";
}

std::string digest_of(const std::vector<std::byte>& bytes) {
  const XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

}  // namespace

std::optional<model::Picture> read_picture(ElementChecker& checker, pugi::xml_node figure,
                                           const std::filesystem::path& content_dir) {
  const std::optional<std::string> src = checker.required_attribute(figure, "src");
  if (!src) return std::nullopt;
  const model::Location at = checker.where_attribute(figure, "src");
  if (std::string problem = path_problem(*src); !problem.empty()) {
    checker.error(at, std::move(problem));
    return std::nullopt;
  }
  if (content_dir.empty()) {
    checker.error(at, "pictures are read from a content folder; build or check the folder");
    return std::nullopt;
  }
  os::InsideFile file = os::open_inside(content_dir, *src);
  if (file.problem != os::InsideFile::Problem::none) {
    checker.error(at, open_problem(file.problem, file.error, *src));
    return std::nullopt;
  }
  os::ReadBytes read = os::read_all(file.fd, max_picture_bytes);
  if (read.problem != os::InsideFile::Problem::none) {
    checker.error(at, open_problem(read.problem, read.error, *src));
    return std::nullopt;
  }
  const auto header = image::inspect(read.bytes);
  if (const auto* message = std::get_if<std::string>(&header)) {
    checker.error(at, "the picture '" + *src + "': " + *message);
    return std::nullopt;
  }
  const auto& info = std::get<image::Header>(header);
  if (std::string problem = size_problem(info); !problem.empty()) {
    checker.error(at, "the picture '" + *src + "': " + problem);
    return std::nullopt;
  }
  model::Picture picture;
  picture.src = *src;
  picture.format =
      info.format == image::Format::png ? model::PictureFormat::png : model::PictureFormat::jpeg;
  picture.width = info.width;
  picture.height = info.height;
  picture.digest = digest_of(read.bytes);
  picture.bytes = std::make_shared<const std::vector<std::byte>>(std::move(read.bytes));
  return picture;
}

}  // namespace handout::content
