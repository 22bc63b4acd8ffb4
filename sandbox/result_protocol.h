// The framed result protocol between an isolated child and its parent.
//
// The child (sandbox/isolate.cc) owns one pipe, the only fd it keeps, and
// writes everything it has to say as frames on it:
//
//   frame   = type:u32le  length:u32le  payload[length]
//
//   kReady           u32le layer bits (IsolationLayers): set-up is complete,
//                    the filter is in place. Always the first frame.
//   kSetupFailed     text: a wall could not be built; the run was refused.
//                    The only frame, instead of kReady.
//   kOutput          bytes the script printed (sys.stdout), in order
//   kErrorOutput     bytes the script wrote to sys.stderr, in order
//   kResult          how the run ended (EncodeResult below); at most once,
//                    after which only EOF may follow
//   kBlockedSyscall  i32le syscall number, u32le audit arch: the filter
//                    trapped a forbidden call; the child exits right after
//
// The parent trusts none of it: each type has its own size bound, payloads
// are decoded with bounds checks and must be consumed exactly, and any
// violation (unknown type, oversized length, bad order, a stream that ends
// inside a frame) is a verdict of its own (IsolatedVerdict::kBrokenProtocol),
// never a crash or an allocation the child chose.
#ifndef MOAT_SANDBOX_RESULT_PROTOCOL_H_
#define MOAT_SANDBOX_RESULT_PROTOCOL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "moat/moat.h"

namespace moat::sandbox {

enum class FrameType : uint32_t {
  kReady = 1,
  kSetupFailed = 2,
  kOutput = 3,
  kErrorOutput = 4,
  kResult = 5,
  kBlockedSyscall = 6,
};

inline constexpr size_t kFrameHeaderBytes = 8;
// The child cuts output into chunks no larger than this.
inline constexpr uint32_t kMaxOutputChunk = uint32_t{64} << 10;
// A result holds a traceback and an exception message, which a script
// controls; the child cuts each text to kMaxResultText (ResultTextLimit).
inline constexpr uint32_t kMaxResultText = uint32_t{4} << 20;
inline constexpr uint32_t kMaxResultPayload = 3 * kMaxResultText + 256;
inline constexpr uint32_t kMaxSetupMessage = 4096;

// How the child exits: after its result; after kSetupFailed; from the SIGSYS
// handler, after kBlockedSyscall. Other statuses come from elsewhere (a
// sanitizer's report, a test hook) and break the protocol.
inline constexpr int kChildExitDone = 0;
inline constexpr int kChildExitSetupFailed = 70;
inline constexpr int kBlockedSyscallExit = 71;

// The most a frame of `type` may carry; 0 for a type that does not exist.
uint32_t MaxPayload(uint32_t type);

struct Frame {
  FrameType type;
  std::string payload;
};

// The header and payload of one frame, ready to write.
std::string EncodeFrame(FrameType type, std::string_view payload);

// Writes all of `data` to `fd`, retrying on EINTR and partial writes.
// Async-signal-safe. Returns false if the pipe is gone.
bool WriteAll(int fd, const void* data, size_t size);

// Splits a byte stream into frames. Feed it what read(2) returned; it
// buffers at most one frame's worth (bounded by MaxPayload of the type the
// header announces, grown as bytes arrive, never from the header's claim).
class FrameReader {
 public:
  // Appends each complete frame to `out`. Returns an error naming the
  // problem on a malformed header; the reader is then unusable.
  absl::Status Feed(std::string_view bytes, std::vector<Frame>* out);
  // True when the stream stopped inside a frame (header or payload).
  bool MidFrame() const { return !pending_.empty() || have_header_; }

 private:
  std::string pending_;
  bool have_header_ = false;
  uint32_t type_ = 0;
  uint32_t length_ = 0;
};

// How the child's run ended, as kResult carries it.
enum class RunOutcome : uint8_t { kOk = 0, kError = 1, kLimit = 2 };

struct RunResult {
  RunOutcome outcome = RunOutcome::kOk;
  // kError: the ScriptError, or for an error without one (a code image the
  // verifier refused) an empty type_name and the status message.
  // kLimit: the LimitExceeded error with its limit fields.
  ScriptError error;
  RunStats stats;
  // kError: the child already wrote the error's report (its traceback, or
  // "moat: message") to the error stream, because the exit cleanup after
  // it wrote there too, and CPython prints the report first.
  bool report_streamed = false;
};

std::string EncodeResult(const RunResult& result);
absl::StatusOr<RunResult> DecodeResult(std::string_view payload);

// Cuts `text` to kMaxResultText bytes, saying so at its end.
std::string ResultTextLimit(std::string text);

struct BlockedSyscall {
  int32_t number = -1;
  uint32_t arch = 0;
};

// Fills `buffer` (kFrameHeaderBytes + 8 bytes) with a kBlockedSyscall frame
// without allocating: the SIGSYS handler calls it.
void EncodeBlockedSyscallFrame(const BlockedSyscall& call, unsigned char* buffer);
absl::StatusOr<BlockedSyscall> DecodeBlockedSyscall(std::string_view payload);

absl::StatusOr<uint32_t> DecodeReady(std::string_view payload);

}  // namespace moat::sandbox

#endif  // MOAT_SANDBOX_RESULT_PROTOCOL_H_
