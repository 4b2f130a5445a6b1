#include "writer/products.h"

namespace handout::writer {

bool Products::has(Product product) const {
  switch (product) {
    case Product::recording:
      return recording.has_value();
    case Product::printed_pages:
      return printed_pages.has_value();
  }
  return false;
}

void Products::add(Products other) {
  if (other.recording) recording = std::move(other.recording);
  if (other.printed_pages) printed_pages = std::move(other.printed_pages);
  if (other.other_files) other_files = std::move(other.other_files);
}

}  // namespace handout::writer
