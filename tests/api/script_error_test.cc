// The ScriptError a failed run's status carries: every field survives the
// trip through the status payload, whatever bytes its texts hold.
#include <string>

#include <gtest/gtest.h>

#include "moat/moat.h"

namespace moat {
namespace {

TEST(ScriptErrorTest, MessageWithNulBytesKeepsEveryField) {
  std::string errors;
  InterpreterOptions o;
  o.write_output = [](std::string_view) {};
  o.write_error = [&errors](std::string_view text) { errors.append(text); };
  Interpreter interp(o);
  absl::StatusOr<Program> program =
      Compile("raise ValueError('a\\x00b\\x00')\n", "nul.py");
  ASSERT_TRUE(program.ok()) << program.status();
  absl::Status status = interp.Run(*program);
  std::optional<ScriptError> error = GetScriptError(status);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->type_name, "ValueError");
  EXPECT_EQ(error->message, std::string("a\0b\0", 4));
  EXPECT_EQ(error->exit_status, kExitException);
  const std::string last_line("ValueError: a\0b\0\n", 17);
  ASSERT_GE(error->traceback.size(), last_line.size());
  EXPECT_EQ(error->traceback.substr(error->traceback.size() - last_line.size()), last_line);
}

TEST(ScriptErrorTest, SystemExitMessageWithNulBytes) {
  InterpreterOptions o;
  o.write_output = [](std::string_view) {};
  o.write_error = [](std::string_view) {};
  Interpreter interp(o);
  absl::StatusOr<Program> program = Compile("raise SystemExit('x\\x00y')\n", "exit.py");
  ASSERT_TRUE(program.ok()) << program.status();
  std::optional<ScriptError> error = GetScriptError(interp.Run(*program));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->exit_status, 1);
  EXPECT_EQ(error->traceback, std::string("x\0y\n", 4));
}

}  // namespace
}  // namespace moat
