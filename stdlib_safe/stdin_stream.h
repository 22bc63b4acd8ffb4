// sys.stdin, sys.stdin.buffer and the input() builtin: the script's
// standard input, read from the buffer the host fills (vm/input.h).
//
// sys.stdin is a text reader in the shape of CPython's stdin in UTF-8 mode
// (_io.TextIOWrapper: encoding 'utf-8', errors 'surrogateescape', lines
// split at '\n' with '\r' kept, as on POSIX): read, readline, readlines,
// iteration, close and the stream facts. sys.stdin.buffer (_io.BufferedReader) reads the same bytes
// undecoded. What would reach a file descriptor (fileno, buffer.raw,
// detach, reconfigure) raises AttributeError "... is not available in the
// sandbox".
#ifndef MOAT_STDLIB_SAFE_STDIN_STREAM_H_
#define MOAT_STDLIB_SAFE_STDIN_STREAM_H_

#include "vm/interp.h"
#include "vm/objects/dict.h"

namespace moat::stdlib {

// A new sys.stdin (with its buffer). Null on a refused allocation.
vm::Value NewStdinStream(vm::Interp& vm);

// Whether `v` is a sys.stdin made by NewStdinStream.
bool IsStdinStream(vm::Value v);

// Adds input() to the builtins (builtins.cc). False on a refused allocation.
bool InstallInputBuiltin(vm::Interp& vm, vm::DictObject* builtins);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_STDIN_STREAM_H_
