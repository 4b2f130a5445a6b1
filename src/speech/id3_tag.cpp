#include "speech/id3_tag.h"

#include <taglib/chapterframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/urllinkframe.h>

#include <cmath>
#include <memory>

namespace handout::speech {

namespace {

namespace id3 = TagLib::ID3v2;

constexpr unsigned no_byte_offset = 0xFFFFFFFF;

TagLib::String utf8(const std::string& text) {
  return TagLib::String(text, TagLib::String::UTF8);
}

std::unique_ptr<id3::TextIdentificationFrame> text_frame(const char* id, const std::string& text) {
  auto frame =
      std::make_unique<id3::TextIdentificationFrame>(TagLib::ByteVector(id), TagLib::String::UTF8);
  frame->setText(utf8(text));
  return frame;
}

// TagLib's frame containers take ownership of the raw pointers handed to them.
void add(id3::Tag& tag, std::unique_ptr<id3::Frame> frame) {
  tag.addFrame(frame.release());
}

unsigned milliseconds(double seconds) {
  return static_cast<unsigned>(std::lround(seconds * 1000));
}

TagLib::ByteVector element_id(std::size_t index) {
  return TagLib::ByteVector::fromCString(("chp" + std::to_string(index)).c_str());
}

std::unique_ptr<id3::Frame> chapter_frame(const Chapter& chapter, std::size_t index) {
  auto frame = std::make_unique<id3::ChapterFrame>(
      element_id(index), milliseconds(chapter.start_seconds), milliseconds(chapter.end_seconds),
      no_byte_offset, no_byte_offset);
  frame->addEmbeddedFrame(text_frame("TIT2", chapter.title).release());
  return frame;
}

std::unique_ptr<id3::Frame> table_of_contents(const TagInfo& info) {
  auto toc = std::make_unique<id3::TableOfContentsFrame>(TagLib::ByteVector("toc"));
  toc->setIsTopLevel(true);
  toc->setIsOrdered(true);
  for (std::size_t i = 0; i < info.chapters.size(); ++i) toc->addChildElement(element_id(i));
  toc->addEmbeddedFrame(text_frame("TIT2", info.title).release());
  return toc;
}

}  // namespace

std::string render_id3(const TagInfo& info) {
  id3::Tag tag;
  add(tag, text_frame("TIT2", info.title));
  if (!info.subtitle.empty()) add(tag, text_frame("TIT3", info.subtitle));
  add(tag, text_frame("TPE1", info.artist));
  add(tag, text_frame("TALB", info.album));
  add(tag, text_frame("TCON", "Speech"));
  add(tag, text_frame("TLAN", info.language));
  if (!info.page.empty()) {  // "official audio file webpage": where this recording is published
    auto woaf = std::make_unique<id3::UrlLinkFrame>(TagLib::ByteVector("WOAF"));
    woaf->setUrl(TagLib::String(info.page, TagLib::String::Latin1));
    add(tag, std::move(woaf));
  }
  add(tag, table_of_contents(info));
  for (std::size_t i = 0; i < info.chapters.size(); ++i)
    add(tag, chapter_frame(info.chapters[i], i));
  const TagLib::ByteVector bytes = tag.render(id3::v4);
  return std::string(bytes.data(), bytes.size());
}

}  // namespace handout::speech
