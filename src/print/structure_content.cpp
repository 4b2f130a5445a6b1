#include "print/structure_content.h"

namespace handout::print {

StructureContent::StructureContent(std::span<const Node> nodes)
    : nodes_(nodes), kids_(nodes.size()), attached_(nodes.size(), false) {
  if (!attached_.empty()) attached_[0] = true;  // the document is the root
}

// An element joins its parent's kids when its first content appears, so every /K lists
// content and child elements in the order they are read.
void StructureContent::attach(int node) {
  const auto index = static_cast<std::size_t>(node);
  if (attached_[index]) return;
  attached_[index] = true;
  const int parent = nodes_[index].parent;
  attach(parent);
  kids_[static_cast<std::size_t>(parent)].push_back({Kid::Kind::element, node, 0});
}

int StructureContent::add_content(int page, int node) {
  attach(node);
  if (page_content_.size() <= static_cast<std::size_t>(page))
    page_content_.resize(static_cast<std::size_t>(page) + 1);
  std::vector<int>& owners = page_content_[static_cast<std::size_t>(page)];
  const int mcid = static_cast<int>(owners.size());
  owners.push_back(node);
  kids_[static_cast<std::size_t>(node)].push_back({Kid::Kind::content, mcid, page});
  return mcid;
}

int StructureContent::add_annotation(int page, int node) {
  attach(node);
  const int annotation = static_cast<int>(annotation_owners_.size());
  annotation_owners_.push_back(node);
  kids_[static_cast<std::size_t>(node)].push_back({Kid::Kind::annotation, annotation, page});
  return annotation;
}

}  // namespace handout::print
