#pragma once
// What the picture functions throw when a picture cannot be prepared: a message in plain words
// for the admin who put the picture in a handout ("the JPEG is damaged or cut short: …").
#include <stdexcept>
#include <string>

namespace handout::image {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace handout::image
