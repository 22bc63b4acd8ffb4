// The RE2 and PCRE2 engines of the `re` module (see re_engine.h).
#include "stdlib_safe/re_engine.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "vm/heap.h"
#include "vm/objects/exception.h"
#include "vm/str_util.h"

namespace moat::stdlib::re {

namespace {

// ---- RE2 ------------------------------------------------------------------------------

// RE2's memory for one pattern (program and DFA caches). A pattern whose
// program does not fit is refused at compile time.
constexpr int64_t kRe2MaxMem = int64_t{8} << 20;
// What a Pattern charges the memory budget besides its program: the DFA
// caches RE2 fills lazily.
constexpr size_t kRe2BaseCharge = size_t{64} << 10;
// RE2's compile time, in instruction units: parsing, simplifying (which
// spells out counted repeats) and compiling cost about 100 units per
// instruction of the program it makes (0.35 ms for `a{999}`, 4.7 ms for
// IGNORECASE `[a-zß]{999}` on the reference machine, 2026-11-30), which
// the pattern's text does not show. A pattern refused at the memory bound
// has done the work of about the largest program RE2 accepts (some 400k
// instructions, 0.15 s). Charged once the work is done, so one compile
// runs past the budget by at most what kRe2MaxMem allows.
constexpr uint64_t kRe2CompileUnitsPerInst = 100;
constexpr uint64_t kRe2RefusedCompileUnits = uint64_t{40} << 20;

constexpr const char* kRe2TooLarge =
    "the pattern is too large for the sandbox's regular expressions (RE2's memory bound); "
    "use a smaller pattern";
constexpr const char* kPcre2TooLarge =
    "the pattern is too large for the sandbox's regular expressions (PCRE2's size bound); "
    "use a smaller pattern";

// The byte after the code point that starts at `b`.
size_t NextCharByte(std::string_view text, size_t b) {
  ++b;
  while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
  return b;
}

class Re2Engine : public Engine {
 public:
  Re2Engine(vm::Heap* heap, std::unique_ptr<RE2> re, size_t charged, int groups)
      : heap_(heap), re_(std::move(re)), charged_(charged), groups_(groups) {}
  ~Re2Engine() override { heap_->Uncharge(charged_); }

  int Find(vm::Interp&, std::string_view text, size_t start, size_t end, Anchor anchor,
           bool not_empty_at_start, ByteSpan* spans) override {
    std::vector<re2::StringPiece> groups(static_cast<size_t>(groups_) + 1);
    re2::StringPiece subject(text.data(), end);
    RE2::Anchor how = anchor == Anchor::kNone    ? RE2::UNANCHORED
                      : anchor == Anchor::kStart ? RE2::ANCHOR_START
                                                 : RE2::ANCHOR_BOTH;
    while (true) {
      if (!re_->Match(subject, start, end, how, groups.data(), groups_ + 1)) return 0;
      size_t b0 = static_cast<size_t>(groups[0].data() - text.data());
      if (!not_empty_at_start || b0 != start || !groups[0].empty()) break;
      // RE2 cannot be told to skip an empty match here: look again one
      // character on. The translator gives RE2 only patterns that prefer a
      // non-empty match wherever one exists, so none is missed at `start`.
      if (anchor != Anchor::kNone || start >= end) return 0;
      start = NextCharByte(text.substr(0, end), start);
      not_empty_at_start = false;
    }
    for (int g = 0; g <= groups_; ++g) {
      const re2::StringPiece& piece = groups[static_cast<size_t>(g)];
      if (piece.data() == nullptr) {
        spans[g] = ByteSpan();
        continue;
      }
      int64_t b0 = piece.data() - text.data();
      spans[g] = {b0, b0 + static_cast<int64_t>(piece.size())};
    }
    return 1;
  }

  bool NeedsSurrogateFreeText() const override { return false; }

 private:
  vm::Heap* heap_;
  std::unique_ptr<RE2> re_;
  size_t charged_;
  int groups_;
};

std::unique_ptr<Engine> CompileRe2(vm::Interp& vm, const Translation& t, std::string* error) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_max_mem(kRe2MaxMem);
  options.set_case_sensitive(true);
  auto re = std::make_unique<RE2>(t.pattern, options);
  if (!re->ok()) {
    RE2::ErrorCode code = re->error_code();
    if (code == RE2::ErrorPatternTooLarge || code == RE2::ErrorRepeatSize) {
      if (code == RE2::ErrorPatternTooLarge && !vm.ChargeWork(kRe2RefusedCompileUnits)) {
        return nullptr;  // the limit's error is pending
      }
      *error = kRe2TooLarge;
    } else {
      *error = StrCat("the sandbox's regular expressions cannot compile this pattern: ",
                      re->error());
    }
    return nullptr;
  }
  int prog = re->ProgramSize();
  if (!vm.ChargeWork(static_cast<uint64_t>(prog) * kRe2CompileUnitsPerInst)) return nullptr;
  // (The reverse program, built on demand, is about as big as the forward one.)
  size_t charge = kRe2BaseCharge + static_cast<size_t>(prog) * 32;
  if (!vm.heap().Charge(charge)) {
    vm.RaiseMemoryError();
    return nullptr;
  }
  auto engine = std::make_unique<Re2Engine>(&vm.heap(), std::move(re), charge, t.groups);
  engine->cost_per_kib = 64 * (1 + static_cast<uint64_t>(prog) / 64);
  return engine;
}

// ---- PCRE2 ----------------------------------------------------------------------------

// PCRE2's memory comes from the interpreter's heap: charged while it
// lives, refused past the memory limit. Each block starts with its size.
struct PcreMemory {
  vm::Heap* heap;
  size_t live = 0;  // bytes PCRE2 holds now
  // What the heap would have held with the last refused block (PCRE2
  // frees what it had before it returns, so the report is taken here).
  uint64_t refused_total = 0;
};
constexpr size_t kBlockHeader = 16;

void* PcreAlloc(PCRE2_SIZE size, void* data) {
  auto* memory = static_cast<PcreMemory*>(data);
  if (size > SIZE_MAX / 2) return nullptr;
  size_t total = size + kBlockHeader;
  void* block = memory->heap->AllocBuffer(total);
  if (block == nullptr) {
    memory->refused_total = memory->heap->bytes_in_use() + static_cast<uint64_t>(total);
    return nullptr;
  }
  std::memcpy(block, &total, sizeof total);
  memory->live += total;
  return static_cast<char*>(block) + kBlockHeader;
}

void PcreFree(void* p, void* data) {
  if (p == nullptr) return;
  auto* memory = static_cast<PcreMemory*>(data);
  char* block = static_cast<char*>(p) - kBlockHeader;
  size_t total = 0;
  std::memcpy(&total, block, sizeof total);
  memory->live -= total;
  memory->heap->FreeBuffer(block, total);
}

// What one auto callout (one pattern item tried) costs, in instruction
// units: about what PCRE2 spends between two callouts, measured against
// the loop's instructions. Moved or compared bytes cost 1/16 unit each,
// as Interp::ChargeBytes.
constexpr uint64_t kUnitsPerCallout = 8;
constexpr uint64_t kBytesPerUnit = vm::Interp::kBytesPerWorkUnit;
// Charges are handed to Interp::ChargeWork in batches of about this many
// units: a few microseconds of matching between polls of the clock.
constexpr uint64_t kChargeBatch = 4096;
// Backtracking frames PCRE2 keeps in its match data past this many bytes
// are given back after the call rather than held while the Pattern lives.
constexpr size_t kRetainedFrames = size_t{256} << 10;
// Each backtracking frame takes at least this many bytes (10.42's
// heapframe): the depth limit follows the memory left.
constexpr uint64_t kMinFrameBytes = 128;

struct CalloutState {
  vm::Interp* vm;
  const std::string* pattern;
  uint64_t units = 0;  // not yet charged
  uint64_t bytes = 0;  // not yet charged
  size_t last_position;
};

bool ChargeCallouts(CalloutState* st) {
  uint64_t units = st->units + st->bytes / kBytesPerUnit;
  st->units = 0;
  st->bytes %= kBytesPerUnit;
  return units == 0 || st->vm->ChargeWork(units);
}

int Callout(pcre2_callout_block* block, void* data) {
  auto* st = static_cast<CalloutState*>(data);
  size_t at = block->current_position;
  st->bytes += at > st->last_position ? at - st->last_position : st->last_position - at;
  st->last_position = at;
  // A backreference (\g{N}, the translator's only use of \g) compares up
  // to its group's length before the position moves.
  const std::string& p = *st->pattern;
  size_t item = block->pattern_position;
  if (item + 3 < p.size() && p[item] == '\\' && p[item + 1] == 'g' && p[item + 2] == '{') {
    uint32_t group = 0;
    for (size_t k = item + 3; k < p.size() && p[k] >= '0' && p[k] <= '9'; ++k) {
      group = group * 10 + static_cast<uint32_t>(p[k] - '0');
      if (group > 0xFFFF) break;
    }
    if (group < block->capture_top) {
      PCRE2_SIZE begin = block->offset_vector[2 * group];
      PCRE2_SIZE end = block->offset_vector[2 * group + 1];
      if (begin != PCRE2_UNSET && end > begin) st->bytes += end - begin;
    }
  }
  st->units += kUnitsPerCallout;
  if (st->units + st->bytes / kBytesPerUnit < kChargeBatch) return 0;
  return ChargeCallouts(st) ? 0 : PCRE2_ERROR_CALLOUT;
}

std::string PcreMessage(int code) {
  PCRE2_UCHAR buffer[256];
  int n = pcre2_get_error_message(code, buffer, sizeof buffer);
  if (n < 0) return StrCat("PCRE2 error ", code);
  return std::string(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
}

class Pcre2Engine : public Engine {
 public:
  explicit Pcre2Engine(vm::Heap* heap) { memory_.heap = heap; }
  ~Pcre2Engine() override {
    pcre2_match_data_free(match_data_);
    pcre2_match_context_free(match_context_);
    pcre2_code_free(code_);
  }

  bool Compile(vm::Interp& vm, const Translation& t, std::string* error);

  int Find(vm::Interp& vm, std::string_view text, size_t start, size_t end, Anchor anchor,
           bool not_empty_at_start, ByteSpan* spans) override;

  bool NeedsSurrogateFreeText() const override { return true; }

 private:
  // Sets the match context's limits from what is left of the budgets.
  void SetLimits(vm::Interp& vm);

  PcreMemory memory_;
  std::string pattern_;
  int groups_ = 0;
  size_t compiled_bytes_ = 0;  // memory_.live once compiled
  pcre2_code* code_ = nullptr;
  pcre2_match_context* match_context_ = nullptr;
  pcre2_match_data* match_data_ = nullptr;  // made on demand
};

bool Pcre2Engine::Compile(vm::Interp& vm, const Translation& t, std::string* error) {
  pattern_ = t.pattern;
  groups_ = t.groups;
  pcre2_general_context* general = pcre2_general_context_create(PcreAlloc, PcreFree, &memory_);
  if (general == nullptr) {
    vm.RaiseMemoryError();
    return false;
  }
  pcre2_compile_context* context = pcre2_compile_context_create(general);
  match_context_ = pcre2_match_context_create(general);
  pcre2_general_context_free(general);
  if (context == nullptr || match_context_ == nullptr) {
    pcre2_compile_context_free(context);
    vm.RaiseMemoryError();
    return false;
  }
  // Python's `.`, `$` and multiline `^` know only "\n"; the translator
  // bounds the nesting (kMaxGroupNesting, doubled for the groups it adds).
  pcre2_set_newline(context, PCRE2_NEWLINE_LF);
  pcre2_set_parens_nest_limit(context, 2 * kMaxGroupNesting + 8);
  // PCRE2_UCP: \b and \B use Python's word characters; ALT_CIRCUMFLEX:
  // multiline `^` also matches after a final newline, as in Python.
  uint32_t options = PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_UCP | PCRE2_ALT_CIRCUMFLEX |
                     PCRE2_NEVER_BACKSLASH_C | PCRE2_AUTO_CALLOUT;
  // PCRE2 10.42's start-up study counts a lookahead's text in the minimum
  // length when an optional item follows it (`(?=a)b?a` gets 2 and never
  // matches "a"); without the study such patterns match as they should.
  // A `(?=` that is not a lookahead (`\(?=`) only costs the study's speed.
  if (pattern_.find("(?=") != std::string::npos) options |= PCRE2_NO_START_OPTIMIZE;
  int code = 0;
  PCRE2_SIZE offset = 0;
  code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern_.data()), pattern_.size(), options,
                        &code, &offset, context);
  pcre2_compile_context_free(context);
  if (code_ == nullptr) {
    if (code == PCRE2_ERROR_HEAP_FAILED) {
      vm.RaiseMemoryError();
    } else if (code == PCRE2_ERROR_PATTERN_TOO_LARGE ||
               code == PCRE2_ERROR_PARENTHESES_NEST_TOO_DEEP) {
      *error = kPcre2TooLarge;
    } else {
      *error = StrCat("the sandbox's regular expressions cannot compile this pattern: ",
                      PcreMessage(code));
    }
    return false;
  }
  compiled_bytes_ = memory_.live;
  return true;
}

void Pcre2Engine::SetLimits(vm::Interp& vm) {
  uint64_t max = vm.limits().max_instructions;
  uint64_t used = vm.instruction_count;
  uint64_t left = max > used ? max - used : 0;
  uint64_t steps = left / kUnitsPerCallout + 1;
  pcre2_set_match_limit(match_context_,
                        static_cast<uint32_t>(std::min<uint64_t>(steps, UINT32_MAX)));
  const vm::Heap& heap = vm.heap();
  uint64_t room =
      heap.limit_bytes() > heap.bytes_in_use() ? heap.limit_bytes() - heap.bytes_in_use() : 0;
  pcre2_set_heap_limit(match_context_,
                       static_cast<uint32_t>(std::min<uint64_t>(room / 1024, UINT32_MAX)));
  pcre2_set_depth_limit(match_context_, static_cast<uint32_t>(std::clamp<uint64_t>(
                                            room / kMinFrameBytes, 1, UINT32_MAX)));
}

int Pcre2Engine::Find(vm::Interp& vm, std::string_view text, size_t start, size_t end,
                      Anchor anchor, bool not_empty_at_start, ByteSpan* spans) {
  if (match_data_ == nullptr) {
    pcre2_general_context* general =
        pcre2_general_context_create(PcreAlloc, PcreFree, &memory_);
    if (general != nullptr) {
      match_data_ = pcre2_match_data_create_from_pattern(code_, general);
      pcre2_general_context_free(general);
    }
    if (match_data_ == nullptr) {
      vm.RaiseMemoryError();
      return -1;
    }
  }
  uint32_t options = PCRE2_NO_UTF_CHECK;
  if (anchor != Anchor::kNone) options |= PCRE2_ANCHORED;
  if (anchor == Anchor::kBoth) options |= PCRE2_ENDANCHORED;
  if (not_empty_at_start) options |= PCRE2_NOTEMPTY_ATSTART;
  SetLimits(vm);
  CalloutState state{&vm, &pattern_, 0, 0, start};
  pcre2_set_callout(match_context_, Callout, &state);
  int rc = pcre2_match(code_, reinterpret_cast<PCRE2_SPTR>(text.data()), end, start, options,
                       match_data_, match_context_);
  pcre2_set_callout(match_context_, nullptr, nullptr);
  if (rc > 0) {
    const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(match_data_);
    uint32_t pairs = pcre2_get_ovector_count(match_data_);
    for (int g = 0; g <= groups_; ++g) {
      auto k = static_cast<uint32_t>(g);
      if (k >= pairs || ovector[2 * k] == PCRE2_UNSET) {
        spans[g] = ByteSpan();
      } else {
        spans[g] = {static_cast<int64_t>(ovector[2 * k]),
                    static_cast<int64_t>(ovector[2 * k + 1])};
      }
    }
  }
  if (memory_.live - compiled_bytes_ > kRetainedFrames) {
    // A deep match grew the frames: give them back now.
    pcre2_match_data_free(match_data_);
    match_data_ = nullptr;
  }
  if (rc == PCRE2_ERROR_CALLOUT) return -1;  // the budget's error is pending
  if (!ChargeCallouts(&state)) return -1;
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  if (rc == PCRE2_ERROR_MATCHLIMIT) {
    // As many steps as the instruction budget had left: it is spent.
    uint64_t max = vm.limits().max_instructions;
    uint64_t left = max > vm.instruction_count ? max - vm.instruction_count : 0;
    if (!vm.ChargeWork(left + 1)) return -1;
    vm.RaiseLimit(LimitKind::kInstructions, vm.instruction_count, max);
    return -1;
  }
  if (rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT) {
    const vm::Heap& heap = vm.heap();
    uint64_t room =
        heap.limit_bytes() > heap.bytes_in_use() ? heap.limit_bytes() - heap.bytes_in_use() : 0;
    vm.RaiseMemoryErrorFor(room + 1);
    return -1;
  }
  if (rc == PCRE2_ERROR_NOMEMORY) {
    vm.RaiseLimit(LimitKind::kMemory, memory_.refused_total, vm.heap().limit_bytes());
    return -1;
  }
  if (rc < 0) {
    vm.RaiseFormat(&vm::kRuntimeErrorType, "the sandbox's regular expressions failed: %s",
                   PcreMessage(rc));
    return -1;
  }
  return 1;
}

}  // namespace

std::unique_ptr<Engine> CompileEngine(vm::Interp& vm, const Translation& t, std::string* error) {
  if (!t.backtracking) return CompileRe2(vm, t, error);
  auto engine = std::make_unique<Pcre2Engine>(&vm.heap());
  if (!engine->Compile(vm, t, error)) return nullptr;
  return engine;
}

}  // namespace moat::stdlib::re
