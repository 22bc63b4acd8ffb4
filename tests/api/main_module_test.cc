// The __main__ module a program runs in: `__file__` is the name the program
// was compiled with (what its tracebacks show), as CPython's is for a script,
// and code named '<string>' (CPython's `-c`) has none.
#include <string>

#include <gtest/gtest.h>

#include "moat/moat.h"

namespace moat {
namespace {

class MainModuleTest : public ::testing::Test {
 protected:
  MainModuleTest() : interp_(MakeOptions()) {}

  InterpreterOptions MakeOptions() {
    InterpreterOptions o;
    o.write_output = [this](std::string_view text) { output_.append(text); };
    o.write_error = [this](std::string_view text) { errors_.append(text); };
    return o;
  }

  absl::Status Run(std::string_view source, std::string_view filename) {
    absl::StatusOr<Program> program = Compile(source, filename);
    EXPECT_TRUE(program.ok()) << program.status();
    if (!program.ok()) return program.status();
    return interp_.Run(*program);
  }

  std::string output_;
  std::string errors_;
  Interpreter interp_;
};

TEST_F(MainModuleTest, FileIsTheCompiledName) {
  ASSERT_TRUE(Run("print(__file__)\n", "rules/discount.py").ok());
  EXPECT_EQ(output_, "rules/discount.py\n");
}

TEST_F(MainModuleTest, EachRunNamesItsOwnProgram) {
  ASSERT_TRUE(Run("print(__file__)\n", "first.py").ok());
  ASSERT_TRUE(Run("print(__file__)\n", "<formula>").ok());
  EXPECT_EQ(output_, "first.py\n<formula>\n");
}

TEST_F(MainModuleTest, StringCodeHasNoFile) {
  absl::Status status = Run("print(__file__)\n", "<string>");
  ASSERT_FALSE(status.ok());
  std::optional<ScriptError> error = GetScriptError(status);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->type_name, "NameError");
  EXPECT_EQ(error->message, "name '__file__' is not defined");
}

TEST_F(MainModuleTest, TracebacksShowTheSameName) {
  absl::Status status = Run("f = __file__\n1 / 0\n", "job.py");
  std::optional<ScriptError> error = GetScriptError(status);
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->traceback.find("File \"job.py\", line 2"), std::string::npos)
      << error->traceback;
}

}  // namespace
}  // namespace moat
