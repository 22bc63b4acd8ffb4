// The script's standard input: one byte buffer, filled from the host's
// InputSource (moat/input.h) only when a read needs more, and shared by
// sys.stdin, sys.stdin.buffer and input() (stdlib_safe/stdin_stream.h), so
// mixing text and binary reads neither loses nor repeats a byte. CPython's
// text layer reads ahead of its binary one; moat's reads nothing ahead.
//
// What is buffered is charged to the heap, so a huge input meets the
// memory limit. A read that waits for the host re-checks the time limit
// and the cancel flag each time the source answers kWaiting.
#ifndef MOAT_VM_INPUT_H_
#define MOAT_VM_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "moat/input.h"

namespace moat::vm {

class Interp;

class InputBuffer {
 public:
  void set_source(InputSource source) { source_ = std::move(source); }

  // Bytes buffered and not yet read.
  std::string_view pending() const { return std::string_view(data_).substr(pos_); }
  // Marks the first `n` pending bytes read.
  void Consume(Interp& vm, size_t n);

  // sys.stdin.close() (which closes sys.stdin.buffer too, as CPython's).
  bool closed() const { return closed_; }
  void Close(Interp& vm);

  // Each call buffers what the read needs and returns how many of the
  // pending bytes it takes (the caller builds its result from them, then
  // calls Consume). A negative `limit` or `size` means no limit. False
  // with an exception pending when a limit ends the wait or the memory
  // limit refuses the data.
  //
  // Binary: up to `size` bytes; a line ends at b'\n'.
  bool Bytes(Interp& vm, int64_t size, size_t* taken);
  bool BytesLine(Interp& vm, int64_t limit, size_t* taken);
  // Up to `size` of the bytes buffered; when none are, what one pull from
  // the source brings (BufferedReader.read1).
  bool Some(Interp& vm, int64_t size, size_t* taken);
  // Text (UTF-8, each undecodable byte one character, as surrogateescape
  // decodes it): up to `size` characters; a line ends at '\n'. Like
  // CPython's stdin on POSIX (newline='\n'), '\r' is kept as it is.
  bool Text(Interp& vm, int64_t size, size_t* taken);
  bool TextLine(Interp& vm, int64_t limit, size_t* taken);

 private:
  // Pulls one more chunk from the source; at its end, sets ended_.
  bool Fill(Interp& vm);
  // Scans text from `*scanned` bytes / `*chars` characters on; see Text.
  bool ScanText(Interp& vm, int64_t max_chars, bool stop_at_line_end, size_t* taken);

  InputSource source_;
  std::string data_;   // charged to the heap: every byte of it
  size_t pos_ = 0;     // data_[0, pos_) has been read
  bool ended_ = false;
  bool closed_ = false;
};

}  // namespace moat::vm

#endif  // MOAT_VM_INPUT_H_
