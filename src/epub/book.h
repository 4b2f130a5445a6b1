#pragma once
// The EPUB as plain data, before it is written as files: what the pure parts pass each other.
#include <cstdint>
#include <string>
#include <vector>

namespace handout::epub {

// A spoken sentence's place in the recording, in whole milliseconds.
struct Clip {
  std::string id;  // "u7-s2", the id of its element in a content document
  std::int64_t begin = 0;
  std::int64_t end = 0;
};

// A printed page's start: the sentence unit and the byte offset in its printed plain text, or,
// for the contact block, the sentence (heading and clinic, or an office) it starts with.
struct PageStart {
  int page = 0;  // from 1
  std::string unit;
  std::size_t offset = 0;
  std::string sentence;  // only for the contact block
};

struct TocEntry {
  std::string title;
  std::string href;  // "s1.xhtml#u7"
  int depth = 1;     // 1 for a document's top heading
};

struct PageLink {
  int page = 0;
  std::string href;  // "s1.xhtml#page3"
};

struct ContentDocument {
  std::string name;                    // "s1.xhtml", in the package's EPUB/ folder
  std::string title;                   // the document's <title>
  std::string body;                    // the markup inside <body>
  std::vector<std::string> sentences;  // ids of its spoken sentences, in reading order
};

struct Book {
  std::vector<ContentDocument> documents;  // in reading order
  std::vector<TocEntry> toc;
  std::vector<PageLink> pages;
};

}  // namespace handout::epub
