// The main() of a harness built without libFuzzer (MOAT_FUZZ=OFF, any
// compiler): runs LLVMFuzzerTestOneInput once on each file named on the
// command line, and on every file under each directory named (recursively,
// in sorted order), as `harness -runs=0 DIR` replays a corpus under
// libFuzzer. ctest uses it to replay the seed corpora and reproducers, so
// a crash once found stays fixed.
//
//   run_fuzz fuzz/corpus/run crash-1234
//
// Each input's path goes to stderr before it runs, so the last one named
// before a crash is the culprit. Exit status: 0 when every input ran, 2
// when a path cannot be read.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

bool ReadFile(const std::filesystem::path& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> inputs;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path arg = argv[i];
    std::error_code ec;
    if (std::filesystem::is_directory(arg, ec)) {
      std::vector<std::filesystem::path> found;
      for (const auto& entry : std::filesystem::recursive_directory_iterator(arg, ec)) {
        if (entry.is_regular_file()) found.push_back(entry.path());
      }
      if (ec) {
        std::fprintf(stderr, "replay: cannot list %s: %s\n", argv[i], ec.message().c_str());
        return 2;
      }
      std::sort(found.begin(), found.end());
      inputs.insert(inputs.end(), found.begin(), found.end());
    } else {
      inputs.push_back(arg);
    }
  }
  std::string bytes;
  for (const std::filesystem::path& path : inputs) {
    if (!ReadFile(path, &bytes)) {
      std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
      return 2;
    }
    std::fprintf(stderr, "Running: %s\n", path.c_str());
    // A copy of exactly `size` bytes, so a read past the end is caught by
    // a sanitizer as it would be under libFuzzer.
    std::vector<uint8_t> data(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(data.data(), data.size());
  }
  std::fprintf(stderr, "replay: %zu inputs ran without a crash\n", inputs.size());
  return 0;
}
