// io's native init (see io_module.h).
#include "stdlib_safe/io_module.h"

#include "stdlib_safe/datetime_module.h"

namespace moat::stdlib {

namespace {

// What CPython 3.11's io has beyond the in-memory streams: each opens,
// wraps or reads a file of the host.
constexpr const char* kIoWithheld[] = {
    "open", "open_code", "FileIO", "TextIOWrapper", "BufferedReader", "BufferedWriter",
    "BufferedRandom", "BufferedRWPair", "IncrementalNewlineDecoder", "text_encoding",
    "Reader", "Writer", nullptr,
};

}  // namespace

bool InitIoModule(vm::Interp& vm, vm::ModuleObject* module) {
  module->withheld = kIoWithheld;
  return InitFrozenModuleWithTypeNames(vm, module);
}

}  // namespace moat::stdlib
