#pragma once
// Which content belongs to which structure element, in reading order: marked-content
// sequences (a page and an MCID) and link annotations. From this the tagger writes each
// element's /K and the ParentTree. Pure bookkeeping, independent of libharu.
#include <span>
#include <vector>

#include "print/structure.h"

namespace handout::print {

struct Kid {
  enum class Kind { element, content, annotation } kind = Kind::element;
  int value = 0;  // element: node index; content: MCID; annotation: annotation index
  int page = 0;   // content and annotation
  friend bool operator==(const Kid&, const Kid&) = default;
};

class StructureContent {
 public:
  explicit StructureContent(std::span<const Node> nodes);

  // A marked-content sequence of `node` on `page`; returns its MCID (numbered per page).
  int add_content(int page, int node);
  // A link annotation of `node` (a Link element); returns the annotation's index.
  int add_annotation(int page, int node);

  const std::vector<Kid>& kids(int node) const { return kids_[static_cast<std::size_t>(node)]; }
  // Per page: the element of each MCID. Per annotation: its element.
  const std::vector<std::vector<int>>& page_content() const { return page_content_; }
  const std::vector<int>& annotation_owners() const { return annotation_owners_; }
  std::size_t node_count() const { return kids_.size(); }
  bool attached(int node) const { return attached_[static_cast<std::size_t>(node)]; }

 private:
  void attach(int node);

  std::span<const Node> nodes_;
  std::vector<std::vector<Kid>> kids_;
  std::vector<bool> attached_;
  std::vector<std::vector<int>> page_content_;
  std::vector<int> annotation_owners_;
};

}  // namespace handout::print
