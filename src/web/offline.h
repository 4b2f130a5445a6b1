#pragma once
// Offline reading: a page opened over http(s) registers a service worker, out/offline.js,
// which keeps the page, its recording and its pictures, so that the page opens and plays at
// home without the clinic's network. Pure: the worker's and the registration's scripts, and
// the version that names what a page keeps.
#include <memory>
#include <span>
#include <string>
#include <string_view>

struct sha256_ctx;  // nettle's

namespace handout::web {

// The worker's file, beside the pages (its scope is their folder). A collection file: its
// stem is a reserved handout id (content/limits.h).
inline constexpr std::string_view offline_worker_name = "offline.js";

// The worker: network first for every request of its origin, so that a page online is always
// the one on the server; when the network fails, the server answers 5xx (a server in trouble,
// not a page removed: a 404 is shown) or has not answered within a few seconds, what a page
// asked it to keep, a Range request answered from the whole kept file (206), since the Cache
// API keeps no partial response and the player asks for ranges. What a page keeps is cached
// under its address and version, and a page's older versions are deleted once the new one is
// kept whole; the pages it links for offline reading (the index) are kept apart, fetched again
// at each visit, as last fetched.
std::string_view offline_worker();

// The page script's part that registers the worker, over http(s) only (file:// has no service
// worker: the page works there as before), and asks it to keep the page, its recording and
// its pictures under the version in <script id="sentence-times" data-offline-version>, and
// the pages of its links marked data-offline-keep (offline_keep_attribute: the index). When
// they are kept it sets data-offline="ready" on <html> ("failed" when they could not be).
std::string offline_registration();

// The attribute that marks a link whose page the worker keeps too: the page's link to the index.
inline constexpr std::string_view offline_keep_attribute = "data-offline-keep";

// 32 hex digits of SHA-256 over parts added one by one, each with its length (so no two lists
// collide): a page's version, over its own bytes and those of the files it keeps. A part may
// be added in pieces with add_piece(), ended by end_part(): the recording, read from its file.
class OfflineDigest {
 public:
  OfflineDigest();
  ~OfflineDigest();
  OfflineDigest(const OfflineDigest&) = delete;
  OfflineDigest& operator=(const OfflineDigest&) = delete;

  void add(std::string_view part);
  void add_piece(std::string_view piece);
  void end_part();
  std::string hex();  // once, at the end

 private:
  std::unique_ptr<sha256_ctx> context_;
  std::size_t part_size_ = 0;
};

std::string offline_version(std::span<const std::string_view> parts);

}  // namespace handout::web
