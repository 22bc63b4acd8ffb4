// The script's standard input buffer (see input.h).
#include "vm/input.h"

#include <algorithm>
#include <memory>

#include "vm/interp.h"
#include "vm/objects/codecs.h"

namespace moat::vm {

namespace {

// Below this many read bytes the buffer is not compacted.
constexpr size_t kCompactMinBytes = 4096;

// The most one Fill buffers, and so charges: a pipe's worth. A host may
// hand over any amount at once (InputFromString: all of it), but a script
// reading a large input line by line must need memory for a line only.
constexpr size_t kMaxFillBytes = size_t{64} << 10;

// A source that hands over `first`, then what `next` (null: nothing)
// brings, never more than kMaxFillBytes a call.
InputSource SlicedSource(std::string first, InputSource next) {
  struct State {
    std::string data;
    size_t pos = 0;
    InputSource next;
  };
  auto state = std::make_shared<State>(State{std::move(first), 0, std::move(next)});
  return [state](std::string* chunk) {
    State& s = *state;
    if (s.data.empty()) {
      if (!s.next) return InputStatus::kEnd;
      InputStatus status = s.next(&s.data);
      if (status == InputStatus::kEnd) s.next = nullptr;
      if (s.data.empty()) return status == InputStatus::kEnd ? status : InputStatus::kWaiting;
    }
    size_t n = std::min(kMaxFillBytes, s.data.size() - s.pos);
    chunk->append(s.data, s.pos, n);
    s.pos += n;
    if (s.pos == s.data.size()) {
      s.data = std::string();  // give the memory back
      s.pos = 0;
    }
    return InputStatus::kData;
  };
}

}  // namespace

void InputBuffer::Consume(Interp& vm, size_t n) {
  pos_ += std::min(n, data_.size() - pos_);
  // Give the read bytes back once they are most of the buffer: each byte
  // is moved at most once more.
  if (pos_ == data_.size() || (pos_ >= kCompactMinBytes && pos_ * 2 >= data_.size())) {
    data_.erase(0, pos_);
    vm.heap().Uncharge(pos_);
    pos_ = 0;
    if (data_.empty()) data_.shrink_to_fit();
  }
}

void InputBuffer::Close(Interp& vm) {
  closed_ = true;
  Consume(vm, data_.size() - pos_);
}

bool InputBuffer::Fill(Interp& vm) {
  if (ended_) return true;
  std::string chunk;
  for (;;) {
    InputStatus status = source_ ? source_(&chunk) : InputStatus::kEnd;
    if (status == InputStatus::kEnd) {
      ended_ = true;
      source_ = nullptr;  // as its contract says: not called again
      break;
    }
    if (!chunk.empty()) break;
    // Waiting on the host is no way around the time limit or cancel flag.
    if (!vm.CheckBudgets()) return false;
  }
  if (chunk.empty()) return true;
  if (chunk.size() > kMaxFillBytes) {
    source_ = SlicedSource(chunk.substr(kMaxFillBytes), ended_ ? nullptr : std::move(source_));
    ended_ = false;
    chunk.resize(kMaxFillBytes);
  }
  if (!vm.ChargeBytes(chunk.size())) return false;
  if (!vm.heap().Charge(chunk.size())) {
    vm.RaiseMemoryError();
    return false;
  }
  data_.append(chunk);
  return true;
}

bool InputBuffer::Bytes(Interp& vm, int64_t size, size_t* taken) {
  while (!ended_ && (size < 0 || pending().size() < static_cast<uint64_t>(size))) {
    if (!Fill(vm)) return false;
  }
  *taken = size < 0 ? pending().size() : std::min<size_t>(pending().size(), size);
  return true;
}

bool InputBuffer::Some(Interp& vm, int64_t size, size_t* taken) {
  while (size != 0 && pending().empty() && !ended_) {
    if (!Fill(vm)) return false;
  }
  *taken = size < 0 ? pending().size() : std::min<size_t>(pending().size(), size);
  return true;
}

bool InputBuffer::BytesLine(Interp& vm, int64_t limit, size_t* taken) {
  size_t scanned = 0;
  for (;;) {
    std::string_view d = pending();
    size_t end = d.find('\n', scanned);
    size_t line = end == std::string_view::npos ? d.size() : end + 1;
    if (limit >= 0 && line > static_cast<uint64_t>(limit)) line = static_cast<size_t>(limit);
    if (end != std::string_view::npos || ended_ || line < d.size() ||
        (limit >= 0 && line == static_cast<uint64_t>(limit))) {
      *taken = line;
      return true;
    }
    scanned = d.size();
    if (!Fill(vm)) return false;
  }
}

bool InputBuffer::ScanText(Interp& vm, int64_t max_chars, bool stop_at_line_end,
                           size_t* taken) {
  size_t i = 0;
  int64_t chars = 0;
  for (;;) {
    std::string_view d = pending();
    bool need_more = false;
    while ((max_chars < 0 || chars < max_chars) && i < d.size()) {
      if (d[i] == '\n') {
        ++i;
        ++chars;
        if (stop_at_line_end) {
          *taken = i;
          return true;
        }
        continue;
      }
      // An undecodable byte is one character (surrogateescape), as is
      // a cut-off sequence once the input has ended.
      Utf8Step step = Utf8DecodeStep(d, i);
      if (step.truncated && !ended_) {
        need_more = true;
        break;
      }
      i += step.ok ? step.length : 1;
      ++chars;
    }
    if (!need_more && (ended_ || (max_chars >= 0 && chars >= max_chars))) {
      *taken = i;
      return true;
    }
    if (!Fill(vm)) return false;
  }
}

bool InputBuffer::Text(Interp& vm, int64_t size, size_t* taken) {
  return ScanText(vm, size, false, taken);
}

bool InputBuffer::TextLine(Interp& vm, int64_t limit, size_t* taken) {
  return ScanText(vm, limit, true, taken);
}

}  // namespace moat::vm
