#pragma once
// The talking book as plain data, before it is written as files: what the pure parts pass each
// other. Times are whole milliseconds, so that every clock value written adds up exactly.
#include <cstdint>
#include <string>
#include <vector>

namespace handout::daisy {

// A spoken sentence's place in the recording.
struct Clip {
  std::string id;  // "u7-s2": the sentence's id in the text document
  std::int64_t begin = 0;
  std::int64_t end = 0;
};

// A heading of the navigation control centre (ncc.html).
struct Heading {
  int level = 1;         // 1 to 3 (h1 to h3)
  std::string id;        // its id in ncc.html: the unit's ("u7"), or "closing"
  std::string title;     // as the player lists it
  std::string sentence;  // where it starts: the id of its first sentence ("u7-s1")
};

// A part of the book with a SMIL file of its own: the opening (title to introduction), a
// top-level section, the contact block or the closing.
struct Part {
  std::string smil;                    // "s1.smil"
  std::string title;                   // the SMIL's title
  std::vector<std::string> sentences;  // ids, in reading order
  std::vector<Heading> headings;       // in reading order; the first starts the part
};

// The full text as one XHTML document, and the parts its sentences fall in.
struct TextDocument {
  std::string body;         // the markup inside <body>
  std::vector<Part> parts;  // in reading order
};

}  // namespace handout::daisy
