// fuzz_image_seeds: compiles Python files into serialized code images, the
// seeds of the load_verify harness (make_seeds.py calls it).
//
//   fuzz_image_seeds OUT_DIR FILE.py...
//
// Writes OUT_DIR/<name>.img for each file that compiles (the name is the
// file's, without .py, with its parent folder in front when given as
// FOLDER/FILE.py, so cases of different features do not collide); files
// that do not compile are skipped and counted.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "moat/moat.h"
#include "vm/code_image_bytes.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: fuzz_image_seeds OUT_DIR FILE.py...\n");
    return 2;
  }
  std::filesystem::path out_dir = argv[1];
  std::filesystem::create_directories(out_dir);
  int written = 0, skipped = 0;
  for (int i = 2; i < argc; ++i) {
    std::filesystem::path path = argv[i];
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "fuzz_image_seeds: cannot read %s\n", argv[i]);
      return 2;
    }
    std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    absl::StatusOr<moat::Program> program = moat::Compile(source, path.filename().string());
    if (!program.ok()) {
      ++skipped;
      continue;
    }
    std::string name = path.stem().string();
    if (path.has_parent_path()) name = path.parent_path().filename().string() + "_" + name;
    std::ofstream out(out_dir / (name + ".img"), std::ios::binary);
    out << moat::vm::CompiledModuleToBytes(program->module());
    if (!out) {
      std::fprintf(stderr, "fuzz_image_seeds: cannot write %s.img\n", name.c_str());
      return 2;
    }
    ++written;
  }
  std::fprintf(stderr, "fuzz_image_seeds: %d images written, %d files did not compile\n",
               written, skipped);
  return 0;
}
