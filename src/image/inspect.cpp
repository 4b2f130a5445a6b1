#include "image/inspect.h"

#include "image/error.h"
#include "image/source_header.h"

namespace handout::image {

std::variant<Header, std::string> inspect(std::span<const std::byte> bytes) {
  try {
    auto source = read_source_header(bytes);
    if (auto* message = std::get_if<std::string>(&source)) return std::move(*message);
    return std::get<SourceHeader>(source).header;
  } catch (const Error& error) {
    return std::string(error.what());  // libvips could not be opened
  }
}

}  // namespace handout::image
