// File: moat/input.h
//
// The script's standard input: what input() and sys.stdin read. The host
// hands it over through an InputSource (InterpreterOptions::read_input), a
// callback the interpreter pulls from only when the script wants more, so
// an interactive host can answer a prompt. A script with no source sees an
// empty input, as CPython does with stdin at end of file.
//
// Example:
//
//   moat::InterpreterOptions options;
//   options.read_input = moat::InputFromString("3\n1 2 3\n");
//   moat::Interpreter interp(std::move(options));
#ifndef MOAT_INPUT_H_
#define MOAT_INPUT_H_

#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace moat {

// What one call of an InputSource did.
enum class InputStatus {
  kData,     // appended at least one byte to *chunk
  kWaiting,  // nothing arrived within a short wait (at most ~50 ms): the
             // interpreter checks its time limit and cancel flag, then
             // asks again
  kEnd,      // the input is over; the source is not called again
};

// Called when the script needs more input. Append the next bytes (any
// amount; the interpreter charges what it buffers to the memory limit) to
// *chunk. Never block for long: a source that waits holds the run past its
// timeout and cancel flag, so return kWaiting instead and be called again.
using InputSource = std::function<InputStatus(std::string* chunk)>;

// A source that hands over `data`, then ends.
inline InputSource InputFromString(std::string data) {
  auto held = std::make_shared<std::string>(std::move(data));
  return [held](std::string* chunk) {
    if (held->empty()) return InputStatus::kEnd;
    chunk->append(*held);
    held->clear();
    held->shrink_to_fit();
    return InputStatus::kData;
  };
}

}  // namespace moat

#endif  // MOAT_INPUT_H_
