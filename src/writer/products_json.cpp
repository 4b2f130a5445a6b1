#include "writer/products_json.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace handout::writer {

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(TimedSentence, id, begin_seconds, end_seconds)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(TimedChapter, id, title, start_seconds, end_seconds)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(PageStart, page, unit, offset, sentence)

namespace {

using nlohmann::json;

// A time as the build wrote it: a number JSON can hold, never below zero.
void check_time(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0)
    throw std::invalid_argument("a product's time is not a length of time");
}

json recording_json(const Recording& recording) {
  return {{"file", recording.file.name},
          {"seconds", recording.seconds},
          {"chapters", recording.chapters},
          {"sentences", recording.sentences}};
}

Recording recording_of(const json& value) {
  Recording out;
  out.file.name = value.at("file").get<std::string>();
  value.at("seconds").get_to(out.seconds);
  value.at("chapters").get_to(out.chapters);
  value.at("sentences").get_to(out.sentences);
  check_time(out.seconds);
  for (const TimedChapter& chapter : out.chapters) {
    check_time(chapter.start_seconds);
    check_time(chapter.end_seconds);
  }
  for (const TimedSentence& sentence : out.sentences) {
    check_time(sentence.begin_seconds);
    check_time(sentence.end_seconds);
  }
  return out;
}

json pages_json(const PrintedPages& pages) {
  return {{"file", pages.name}, {"pages", pages.pages}, {"starts", pages.starts}};
}

PrintedPages pages_of(const json& value) {
  PrintedPages out;
  out.name = value.at("file").get<std::string>();
  value.at("pages").get_to(out.pages);
  value.at("starts").get_to(out.starts);
  const auto in_range = [&](const PageStart& start) {
    return start.page >= 1 && start.page <= out.pages;
  };
  if (out.pages < 0 || !std::ranges::all_of(out.starts, in_range))
    throw std::invalid_argument("a printed page's number is not one of its pages");
  return out;
}

// The JSON key of each product.
const char* key_of(Product product) {
  return product == Product::recording ? "recording" : "printed_pages";
}

}  // namespace

json products_to_json(const Products& products) {
  json out = json::object();
  if (products.recording) out[key_of(Product::recording)] = recording_json(*products.recording);
  if (products.printed_pages)
    out[key_of(Product::printed_pages)] = pages_json(*products.printed_pages);
  return out;
}

Products products_from_json(const json& value, std::span<const Product> provided) {
  if (!value.is_object() || value.size() != provided.size())
    throw std::invalid_argument("not the products this format gives");
  Products out;
  for (const Product product : provided) {
    const json& one = value.at(key_of(product));
    if (product == Product::recording)
      out.recording = recording_of(one);
    else
      out.printed_pages = pages_of(one);
  }
  return out;
}

std::vector<OutputFile*> product_files(Products& products) {
  std::vector<OutputFile*> out;
  if (products.recording) out.push_back(&products.recording->file);
  return out;
}

}  // namespace handout::writer
