// The framed result protocol (result_protocol.h): encoding on the child's
// side, bounds-checked decoding on the parent's.
#include "sandbox/result_protocol.h"

#include <errno.h>
#include <unistd.h>

#include <cstring>

#include "vm/str_util.h"

namespace moat::sandbox {

namespace {

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void PutText(std::string* out, std::string_view text) {
  PutU32(out, static_cast<uint32_t>(text.size()));
  out->append(text);
}

uint32_t LoadU32(const unsigned char* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
}

void StoreU32(unsigned char* p, uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<unsigned char>((v >> (8 * i)) & 0xff);
}

// Reads fixed-width fields and texts from an untrusted payload; any read
// past the end makes ok() false for good.
class PayloadReader {
 public:
  explicit PayloadReader(std::string_view data) : data_(data) {}
  uint64_t Unsigned(int bytes) {
    if (!ok_ || data_.size() - pos_ < static_cast<size_t>(bytes)) {
      ok_ = false;
      return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) {
      v |= uint64_t{static_cast<unsigned char>(data_[pos_ + i])} << (8 * i);
    }
    pos_ += bytes;
    return v;
  }
  std::string Text(uint32_t max) {
    uint64_t size = Unsigned(4);
    if (!ok_ || size > max || data_.size() - pos_ < size) {
      ok_ = false;
      return std::string();
    }
    std::string text(data_.substr(pos_, size));
    pos_ += size;
    return text;
  }
  // Every byte read, none past the end.
  bool Done() const { return ok_ && pos_ == data_.size(); }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

uint32_t MaxPayload(uint32_t type) {
  switch (static_cast<FrameType>(type)) {
    case FrameType::kReady:
      return 4;
    case FrameType::kSetupFailed:
      return kMaxSetupMessage;
    case FrameType::kOutput:
    case FrameType::kErrorOutput:
      return kMaxOutputChunk;
    case FrameType::kResult:
      return kMaxResultPayload;
    case FrameType::kBlockedSyscall:
      return 8;
  }
  return 0;
}

std::string EncodeFrame(FrameType type, std::string_view payload) {
  std::string out;
  out.reserve(kFrameHeaderBytes + payload.size());
  PutU32(&out, static_cast<uint32_t>(type));
  PutU32(&out, static_cast<uint32_t>(payload.size()));
  out.append(payload);
  return out;
}

bool WriteAll(int fd, const void* data, size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = write(fd, p, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

absl::Status FrameReader::Feed(std::string_view bytes, std::vector<Frame>* out) {
  while (!bytes.empty()) {
    if (!have_header_) {
      size_t take = std::min(kFrameHeaderBytes - pending_.size(), bytes.size());
      pending_.append(bytes.substr(0, take));
      bytes.remove_prefix(take);
      if (pending_.size() < kFrameHeaderBytes) break;
      const auto* h = reinterpret_cast<const unsigned char*>(pending_.data());
      type_ = LoadU32(h);
      length_ = LoadU32(h + 4);
      pending_.clear();
      uint32_t max = MaxPayload(type_);
      if (max == 0) {
        return absl::DataLossError(StrCat("a frame of unknown type ", type_));
      }
      if (length_ > max) {
        return absl::DataLossError(StrCat("a frame of type ", type_, " claims ", length_,
                                          " bytes, more than its limit of ", max));
      }
      have_header_ = true;
    }
    size_t take = std::min<size_t>(length_ - pending_.size(), bytes.size());
    pending_.append(bytes.substr(0, take));
    bytes.remove_prefix(take);
    if (pending_.size() == length_) {
      out->push_back(Frame{static_cast<FrameType>(type_), std::move(pending_)});
      pending_.clear();
      have_header_ = false;
    }
  }
  return absl::OkStatus();
}

std::string EncodeResult(const RunResult& result) {
  std::string out;
  out.push_back(static_cast<char>(result.outcome));
  out.push_back(static_cast<char>(result.error.limit));
  out.push_back(static_cast<char>(result.stats.limit));
  out.push_back(static_cast<char>(result.error.keyboard_interrupt));
  out.push_back(static_cast<char>(result.report_streamed));
  PutU32(&out, static_cast<uint32_t>(result.error.exit_status));
  PutU64(&out, result.error.limit_used);
  PutU64(&out, result.error.limit_value);
  PutU64(&out, result.stats.instructions);
  PutU64(&out, result.stats.peak_memory_bytes);
  PutU64(&out, result.stats.allocations);
  PutU64(&out, result.stats.output_bytes);
  PutU64(&out, result.stats.wall_ms);
  PutText(&out, result.error.type_name);
  PutText(&out, result.error.message);
  PutText(&out, result.error.traceback);
  return out;
}

absl::StatusOr<RunResult> DecodeResult(std::string_view payload) {
  PayloadReader in(payload);
  RunResult r;
  uint64_t outcome = in.Unsigned(1);
  uint64_t error_limit = in.Unsigned(1);
  uint64_t stats_limit = in.Unsigned(1);
  uint64_t keyboard_interrupt = in.Unsigned(1);
  uint64_t report_streamed = in.Unsigned(1);
  r.error.exit_status = static_cast<int32_t>(in.Unsigned(4));
  r.error.limit_used = in.Unsigned(8);
  r.error.limit_value = in.Unsigned(8);
  r.stats.instructions = in.Unsigned(8);
  r.stats.peak_memory_bytes = in.Unsigned(8);
  r.stats.allocations = in.Unsigned(8);
  r.stats.output_bytes = in.Unsigned(8);
  r.stats.wall_ms = in.Unsigned(8);
  r.error.type_name = in.Text(kMaxResultText);
  r.error.message = in.Text(kMaxResultText);
  r.error.traceback = in.Text(kMaxResultText);
  constexpr uint64_t kLastLimit = static_cast<uint64_t>(LimitKind::kCancelled);
  if (!in.Done()) return absl::DataLossError("a result frame of the wrong size");
  if (outcome > static_cast<uint64_t>(RunOutcome::kLimit) || error_limit > kLastLimit ||
      stats_limit > kLastLimit || keyboard_interrupt > 1 || report_streamed > 1) {
    return absl::DataLossError("a result frame with a field out of range");
  }
  // A process exit status is 0..255 (SystemExit keeps its low byte).
  if (r.error.exit_status < 0 || r.error.exit_status > 255) {
    return absl::DataLossError("a result frame with an exit status out of range");
  }
  r.outcome = static_cast<RunOutcome>(outcome);
  r.error.keyboard_interrupt = keyboard_interrupt == 1;
  r.report_streamed = report_streamed == 1;
  r.error.limit = static_cast<LimitKind>(error_limit);
  r.stats.limit = static_cast<LimitKind>(stats_limit);
  if ((r.outcome == RunOutcome::kLimit) != (r.error.limit != LimitKind::kNone)) {
    return absl::DataLossError("a result frame whose outcome and limit disagree");
  }
  return r;
}

std::string ResultTextLimit(std::string text) {
  if (text.size() <= kMaxResultText) return text;
  const std::string kCut =
      StrCat("\n[... cut: the isolated run reports at most ", kMaxResultText >> 20, " MiB here]\n");
  text.resize(kMaxResultText - kCut.size());
  text.append(kCut);
  return text;
}

void EncodeBlockedSyscallFrame(const BlockedSyscall& call, unsigned char* buffer) {
  StoreU32(buffer, static_cast<uint32_t>(FrameType::kBlockedSyscall));
  StoreU32(buffer + 4, 8);
  StoreU32(buffer + 8, static_cast<uint32_t>(call.number));
  StoreU32(buffer + 12, call.arch);
}

absl::StatusOr<BlockedSyscall> DecodeBlockedSyscall(std::string_view payload) {
  PayloadReader in(payload);
  BlockedSyscall call;
  call.number = static_cast<int32_t>(in.Unsigned(4));
  call.arch = static_cast<uint32_t>(in.Unsigned(4));
  if (!in.Done()) return absl::DataLossError("a blocked-syscall frame of the wrong size");
  return call;
}

absl::StatusOr<uint32_t> DecodeReady(std::string_view payload) {
  PayloadReader in(payload);
  uint32_t layers = static_cast<uint32_t>(in.Unsigned(4));
  if (!in.Done()) return absl::DataLossError("a ready frame of the wrong size");
  return layers;
}

}  // namespace moat::sandbox
