#include "cli/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <deque>
#include <set>
#include <string>
#include <string_view>
#include <system_error>

#include "os/temporary_file.h"
#include "os/unique_fd.h"

namespace handout::cli {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const fs::path& path, const char* what, int error) {
  throw fs::filesystem_error(what, path, std::error_code(error, std::generic_category()));
}

// Owns a file descriptor and, until released, the temporary file it writes.
class TemporaryFile {
 public:
  // A new file beside `target`, created exclusively with a random name.
  explicit TemporaryFile(const fs::path& target) : target_(target) {
    os::CreatedFile created = os::create_temporary(target.parent_path());
    path_ = std::move(created.path);
    fd_ = std::move(created.fd);
  }
  // A file already written: only flushed and renamed; its owner removes it if it is not.
  TemporaryFile(const fs::path& target, const fs::path& written)
      : target_(target), path_(written), owned_(false) {
    fd_.reset(::open(path_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd_) fail(target_, "cannot open", errno);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    fd_.reset();
    if (!renamed_ && owned_) ::unlink(path_.c_str());
  }

  void write(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t written = ::write(fd_.get(), bytes.data(), bytes.size());
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) fail(target_, "cannot write", written < 0 ? errno : ENOSPC);
      bytes.remove_prefix(static_cast<std::size_t>(written));
    }
  }

  // Asks the kernel to start writing the file back now, so that the flushes of several files
  // overlap; `flush` then waits for what is left.
  void start_write_back() const { ::sync_file_range(fd_.get(), 0, 0, SYNC_FILE_RANGE_WRITE); }

  void flush() {
    if (::fsync(fd_.get()) != 0) fail(target_, "cannot flush", errno);
    if (::close(fd_.release()) != 0) fail(target_, "cannot close", errno);
  }

  void rename_into_place() {
    if (::rename(path_.c_str(), target_.c_str()) != 0) fail(target_, "cannot replace", errno);
    renamed_ = true;
  }

 private:
  fs::path target_;
  fs::path path_;
  os::UniqueFd fd_;
  bool owned_ = true;
  bool renamed_ = false;
};

}  // namespace

void remove_abandoned_temporaries(const fs::path& folder) {
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error))
    if (os::is_temporary_name(entry.path().filename().string())) fs::remove(entry.path(), error);
}

void write_atomically(const fs::path& path, std::string_view bytes) {
  write_all_atomically(std::array{PendingFile{path, bytes}});
}

void write_all_atomically(std::span<const PendingFile> files) {
  std::deque<TemporaryFile> temporaries;  // a deque never moves them; each removes its own
  for (const PendingFile& file : files) {
    if (file.written.empty())
      temporaries.emplace_back(file.path).write(file.bytes);
    else
      temporaries.emplace_back(file.path, file.written);
    temporaries.back().start_write_back();
  }
  for (TemporaryFile& temporary : temporaries) temporary.flush();
  for (TemporaryFile& temporary : temporaries) temporary.rename_into_place();
  // The renames themselves reach the disk: a crash now cannot bring back the old files.
  std::set<fs::path> folders;
  for (const PendingFile& file : files) folders.insert(file.path.parent_path());
  for (const fs::path& folder : folders) os::sync_folder(folder);
}

}  // namespace handout::cli
