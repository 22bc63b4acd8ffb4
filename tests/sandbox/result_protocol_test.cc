// The framed result protocol (sandbox/result_protocol.h): the parent's
// decoder must take any byte stream a child can write without trusting it.
#include "sandbox/result_protocol.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace moat::sandbox {
namespace {

std::string Header(uint32_t type, uint32_t length) {
  std::string h;
  for (uint32_t v : {type, length}) {
    for (int i = 0; i < 4; ++i) h.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  return h;
}

TEST(FrameReaderTest, SplitsFramesFedOneByteAtATime) {
  std::string stream = EncodeFrame(FrameType::kOutput, "hello") +
                       EncodeFrame(FrameType::kErrorOutput, "") +
                       EncodeFrame(FrameType::kOutput, std::string(70000 % kMaxOutputChunk, 'x'));
  FrameReader reader;
  std::vector<Frame> frames;
  for (char c : stream) ASSERT_TRUE(reader.Feed(std::string_view(&c, 1), &frames).ok());
  ASSERT_EQ(frames.size(), 3u);
  EXPECT_EQ(frames[0].type, FrameType::kOutput);
  EXPECT_EQ(frames[0].payload, "hello");
  EXPECT_EQ(frames[1].type, FrameType::kErrorOutput);
  EXPECT_EQ(frames[1].payload, "");
  EXPECT_EQ(frames[2].payload.size(), 70000 % kMaxOutputChunk);
  EXPECT_FALSE(reader.MidFrame());
}

TEST(FrameReaderTest, RefusesUnknownTypes) {
  FrameReader reader;
  std::vector<Frame> frames;
  absl::Status s = reader.Feed(Header(0, 0), &frames);
  EXPECT_EQ(s.code(), absl::StatusCode::kDataLoss);
  FrameReader reader2;
  EXPECT_FALSE(reader2.Feed(Header(0xffffffff, 3) + "abc", &frames).ok());
  EXPECT_TRUE(frames.empty());
}

TEST(FrameReaderTest, RefusesALengthOverTheTypesLimit) {
  FrameReader reader;
  std::vector<Frame> frames;
  // A header claiming 4 GiB allocates nothing: it is refused outright.
  absl::Status s = reader.Feed(Header(static_cast<uint32_t>(FrameType::kOutput), 0xffffffff),
                               &frames);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("more than its limit"), std::string_view::npos) << s;
  FrameReader reader2;
  EXPECT_FALSE(
      reader2.Feed(Header(static_cast<uint32_t>(FrameType::kReady), 5) + "12345", &frames).ok());
}

TEST(FrameReaderTest, KnowsWhenTheStreamStoppedInsideAFrame) {
  FrameReader reader;
  std::vector<Frame> frames;
  ASSERT_TRUE(reader.Feed(Header(static_cast<uint32_t>(FrameType::kOutput), 10) + "abc",
                          &frames).ok());
  EXPECT_TRUE(reader.MidFrame());
  FrameReader reader2;
  ASSERT_TRUE(reader2.Feed("\x03\x00", &frames).ok());
  EXPECT_TRUE(reader2.MidFrame());
  EXPECT_TRUE(frames.empty());
}

RunResult SampleResult() {
  RunResult r;
  r.outcome = RunOutcome::kLimit;
  r.error.type_name = "LimitExceeded";
  r.error.message = "instruction limit reached";
  r.error.traceback = std::string("Traceback\0with NUL\n", 19);
  r.error.exit_status = kExitLimit;
  r.error.limit = LimitKind::kInstructions;
  r.error.limit_used = 1001;
  r.error.limit_value = 1000;
  r.stats.instructions = 1001;
  r.stats.peak_memory_bytes = 123456;
  r.stats.allocations = 77;
  r.stats.output_bytes = 5;
  r.stats.wall_ms = 3;
  r.stats.limit = LimitKind::kInstructions;
  return r;
}

TEST(ResultTest, RoundTrips) {
  RunResult r = SampleResult();
  absl::StatusOr<RunResult> back = DecodeResult(EncodeResult(r));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->outcome, r.outcome);
  EXPECT_EQ(back->error.type_name, r.error.type_name);
  EXPECT_EQ(back->error.message, r.error.message);
  EXPECT_EQ(back->error.traceback, r.error.traceback);
  EXPECT_EQ(back->error.exit_status, r.error.exit_status);
  EXPECT_EQ(back->error.limit, r.error.limit);
  EXPECT_EQ(back->error.limit_used, 1001u);
  EXPECT_EQ(back->error.limit_value, 1000u);
  EXPECT_EQ(back->stats.instructions, 1001u);
  EXPECT_EQ(back->stats.peak_memory_bytes, 123456u);
  EXPECT_EQ(back->stats.allocations, 77u);
  EXPECT_EQ(back->stats.output_bytes, 5u);
  EXPECT_EQ(back->stats.wall_ms, 3u);
  EXPECT_EQ(back->stats.limit, LimitKind::kInstructions);
  EXPECT_FALSE(back->error.keyboard_interrupt);
  r.error.keyboard_interrupt = true;
  back = DecodeResult(EncodeResult(r));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_TRUE(back->error.keyboard_interrupt);
  EXPECT_FALSE(back->report_streamed);
  r.report_streamed = true;
  back = DecodeResult(EncodeResult(r));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_TRUE(back->report_streamed);
}

TEST(ResultTest, RefusesEveryTruncationAndTrailingBytes) {
  std::string good = EncodeResult(SampleResult());
  for (size_t n = 0; n < good.size(); ++n) {
    EXPECT_FALSE(DecodeResult(good.substr(0, n)).ok()) << "truncated to " << n;
  }
  EXPECT_FALSE(DecodeResult(good + "x").ok());
}

TEST(ResultTest, RefusesFieldsOutOfRange) {
  std::string good = EncodeResult(SampleResult());
  std::string bad_outcome = good;
  bad_outcome[0] = 9;
  EXPECT_FALSE(DecodeResult(bad_outcome).ok());
  std::string bad_limit = good;
  bad_limit[1] = 42;
  EXPECT_FALSE(DecodeResult(bad_limit).ok());
  std::string bad_flag = good;  // keyboard_interrupt is 0 or 1
  bad_flag[3] = 2;
  EXPECT_FALSE(DecodeResult(bad_flag).ok());
  std::string bad_streamed = good;  // so is report_streamed
  bad_streamed[4] = 2;
  EXPECT_FALSE(DecodeResult(bad_streamed).ok());
  // An ok outcome that names a limit contradicts itself.
  std::string contradiction = good;
  contradiction[0] = static_cast<char>(RunOutcome::kOk);
  EXPECT_FALSE(DecodeResult(contradiction).ok());
  // A text longer than the rest of the payload.
  RunResult r = SampleResult();
  r.error.type_name = "abc";
  std::string text_len = EncodeResult(r);
  size_t at = 5 + 4 + 7 * 8;  // the type name's length field
  text_len[at] = static_cast<char>(0xff);
  EXPECT_FALSE(DecodeResult(text_len).ok());
}

TEST(ResultTest, LongTextsAreCutWithANote) {
  std::string cut = ResultTextLimit(std::string(kMaxResultText + 10, 'x'));
  EXPECT_EQ(cut.size(), kMaxResultText);
  EXPECT_NE(cut.find("cut"), std::string::npos);
  EXPECT_EQ(ResultTextLimit("short"), "short");
}

TEST(BlockedSyscallTest, EncodesWithoutAllocatingAndDecodes) {
  unsigned char frame[kFrameHeaderBytes + 8];
  EncodeBlockedSyscallFrame(BlockedSyscall{257, 0xC000003E}, frame);
  FrameReader reader;
  std::vector<Frame> frames;
  ASSERT_TRUE(
      reader.Feed(std::string_view(reinterpret_cast<char*>(frame), sizeof frame), &frames).ok());
  ASSERT_EQ(frames.size(), 1u);
  absl::StatusOr<BlockedSyscall> call = DecodeBlockedSyscall(frames[0].payload);
  ASSERT_TRUE(call.ok());
  EXPECT_EQ(call->number, 257);
  EXPECT_EQ(call->arch, 0xC000003Eu);
  EXPECT_FALSE(DecodeBlockedSyscall("1234567").ok());
  EXPECT_FALSE(DecodeReady("123").ok());
}

}  // namespace
}  // namespace moat::sandbox
