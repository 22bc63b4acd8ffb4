// The `moat` command: runs Python scripts in the sandbox. Built on the
// public API (include/moat/) alone.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "moat/moat.h"

namespace {

constexpr const char* kUsage =
    "usage: moat run FILE.py      run a script in the sandbox\n"
    "       moat run -c CODE      run CODE\n"
    "       moat run -            run the script read from standard input\n"
    "       moat --help | --version\n"
    "\n"
    "The script's output goes to stdout exactly as python3.11 prints it. An\n"
    "uncaught exception or a syntax error prints a CPython-style traceback to\n"
    "stderr and exits with status 1; a usage error exits with status 2.\n";

int Usage(const char* problem) {
  if (problem != nullptr) std::fprintf(stderr, "moat: %s\n\n", problem);
  std::fputs(kUsage, problem ? stderr : stdout);
  return problem ? 2 : 0;
}

int RunSource(const std::string& source, const std::string& filename) {
  absl::StatusOr<moat::Program> program = moat::Compile(source, filename);
  if (!program.ok()) {
    std::fflush(stdout);
    if (auto error = moat::GetScriptError(program.status())) {
      std::fputs(error->traceback.c_str(), stderr);
    } else {
      std::fprintf(stderr, "moat: %s\n", std::string(program.status().message()).c_str());
    }
    return 1;
  }
  moat::InterpreterOptions options;
  std::string buffer;
  options.write_output = [](std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
  };
  moat::Interpreter interp(std::move(options));
  absl::Status status = interp.Run(*program);
  std::fflush(stdout);
  if (status.ok()) return 0;
  if (auto error = moat::GetScriptError(status)) {
    std::fputs(error->traceback.c_str(), stderr);
    return error->exit_status;
  } else {
    std::fprintf(stderr, "moat: %s\n", std::string(status.message()).c_str());
  }
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage("missing command");
  std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") return Usage(nullptr);
  if (command == "--version") {
    std::printf("moat %s (Python 3.11 compatible)\n", std::string(moat::kVersion).c_str());
    return 0;
  }
  if (command != "run") return Usage(("unknown command '" + command + "'").c_str());
  if (argc < 3) return Usage("run needs FILE.py, -c CODE or -");
  std::string arg = argv[2];
  if (arg == "-c") {
    if (argc < 4) return Usage("-c needs CODE");
    return RunSource(argv[3], "<string>");
  }
  if (arg == "-") {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    return RunSource(ss.str(), "<stdin>");
  }
  std::ifstream in(arg, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "moat: can't open file '%s': %s\n", arg.c_str(), std::strerror(errno));
    return 2;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return RunSource(ss.str(), arg);
}
