// Bytecode verification (see verifier.h for what is refused).
#include "vm/verifier.h"

#include <algorithm>
#include <deque>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

#include "vm/str_util.h"
#include "vm/opcodes.h"
#include "vm/objects/function.h"

namespace moat::vm {

namespace {

absl::Status Refuse(const CodeImage& image, size_t index, std::string_view what) {
  int32_t line = index < image.locations.size() ? image.locations[index].line : -1;
  return absl::InvalidArgumentError(StrCat("invalid code image: ", what, " in ", image.name,
                                                 line > 0 ? StrCat(" (line ", line, ")")
                                                          : std::string()));
}

struct Effect {
  int pops;
  int pushes;
};

// Stack effect of an instruction on the fall-through path and, for jumps,
// on the jump path.
Effect StackEffect(uint8_t op, uint32_t arg, bool jump) {
  int a = static_cast<int>(arg);
  switch (op) {
    case POP_TOP: return {1, 0};
    case PUSH_NULL: return {0, 1};
    case NOP: case RESUME: case EXTENDED_ARG: case CACHE: return {0, 0};
    case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT: return {1, 1};
    case BINARY_SUBSCR: return {2, 1};
    case GET_LEN: return {1, 2};
    case PUSH_EXC_INFO: return {1, 2};
    case CHECK_EXC_MATCH: return {2, 2};
    case CHECK_EG_MATCH: return {2, 2};
    case PREP_RERAISE_STAR: return {2, 1};
    case STORE_SUBSCR: return {3, 0};
    case DELETE_SUBSCR: return {2, 0};
    case GET_ITER: case GET_YIELD_FROM_ITER: return {1, 1};
    case PRINT_EXPR: return {1, 0};
    case LOAD_ASSERTION_ERROR: return {0, 1};
    case LOAD_BUILD_CLASS: return {0, 1};
    case BEFORE_WITH: case BEFORE_ASYNC_WITH: return {1, 2};
    case GET_AWAITABLE: case GET_AITER: case ASYNC_GEN_WRAP: return {1, 1};
    case GET_ANEXT: return {1, 2};
    case END_ASYNC_FOR: return {2, 0};
    case MATCH_MAPPING: case MATCH_SEQUENCE: return {1, 2};
    case MATCH_KEYS: return {2, 3};
    case MATCH_CLASS: return {3, 1};
    case WITH_EXCEPT_START: return {4, 5};
    case SETUP_ANNOTATIONS: return {0, 0};
    // Models the value a resumed generator receives (popped by POP_TOP).
    case RETURN_GENERATOR: return {0, 1};
    case LIST_TO_TUPLE: return {1, 1};
    case RETURN_VALUE: return {1, 0};
    case IMPORT_STAR: return {1, 0};
    case YIELD_VALUE: return {1, 1};
    case POP_EXCEPT: return {1, 0};
    case STORE_NAME: return {1, 0};
    case DELETE_NAME: return {0, 0};
    case UNPACK_SEQUENCE: return {1, a};
    case FOR_ITER: return jump ? Effect{1, 0} : Effect{1, 2};
    case UNPACK_EX: return {1, (a & 0xff) + (a >> 8) + 1};
    case STORE_ATTR: return {2, 0};
    case DELETE_ATTR: return {1, 0};
    case STORE_GLOBAL: return {1, 0};
    case DELETE_GLOBAL: return {0, 0};
    case SWAP: return {a, a};
    case LOAD_CONST: case LOAD_NAME: return {0, 1};
    case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return {a, 1};
    case BUILD_MAP: return {2 * a, 1};
    case LOAD_ATTR: return {1, 1};
    case COMPARE_OP: case IS_OP: case CONTAINS_OP: case BINARY_OP: return {2, 1};
    case IMPORT_NAME: return {2, 1};
    case IMPORT_FROM: return {1, 2};
    case JUMP_FORWARD: case JUMP_BACKWARD: case JUMP_BACKWARD_NO_INTERRUPT: return {0, 0};
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
      return jump ? Effect{1, 1} : Effect{1, 0};
    case POP_JUMP_FORWARD_IF_FALSE: case POP_JUMP_FORWARD_IF_TRUE:
    case POP_JUMP_FORWARD_IF_NONE: case POP_JUMP_FORWARD_IF_NOT_NONE:
    case POP_JUMP_BACKWARD_IF_FALSE: case POP_JUMP_BACKWARD_IF_TRUE:
    case POP_JUMP_BACKWARD_IF_NONE: case POP_JUMP_BACKWARD_IF_NOT_NONE:
      return {1, 0};
    case LOAD_GLOBAL: return {0, 1 + (a & 1)};
    case RERAISE: return {1 + a, a};
    case COPY: return {a, a + 1};
    case SEND: return jump ? Effect{2, 1} : Effect{2, 2};
    case LOAD_FAST: case LOAD_CLOSURE: case LOAD_DEREF: case LOAD_CLASSDEREF: return {0, 1};
    case STORE_FAST: case STORE_DEREF: return {1, 0};
    case DELETE_FAST: case DELETE_DEREF: case MAKE_CELL: case COPY_FREE_VARS: return {0, 0};
    case RAISE_VARARGS: return {a, 0};
    case MAKE_FUNCTION:
      return {1 + (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1), 1};
    case BUILD_SLICE: return {a, 1};
    case CALL_FUNCTION_EX: return {3 + (a & 1), 1};
    case LIST_APPEND: case SET_ADD: return {a + 1, a};
    case MAP_ADD: return {a + 2, a};
    case LIST_EXTEND: case SET_UPDATE: case DICT_UPDATE: return {a + 1, a};
    case DICT_MERGE: return {a + 3, a + 2};
    case FORMAT_VALUE: return {(a & 4) ? 2 : 1, 1};
    case BUILD_CONST_KEY_MAP: return {a + 1, 1};
    case LOAD_METHOD: return {1, 2};
    case PRECALL: return {a + 2, a + 2};
    case CALL: return {a + 2, 1};
    case KW_NAMES: return {0, 0};
    default: return {0, 0};
  }
}

// The code unit a jump lands on, from the unit after its caches (`next`);
// may be out of range in an unverified image.
int64_t JumpTargetUnit(uint8_t op, uint32_t arg, size_t next) {
  return IsForwardJump(op) ? static_cast<int64_t>(next) + arg : static_cast<int64_t>(next) - arg;
}

bool IsTerminal(uint8_t op) {
  return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE ||
         op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
}

enum class Operand { kNone, kConst, kName, kGlobalName, kLocal, kCell, kDeref };

Operand OperandKind(uint8_t op) {
  switch (op) {
    case LOAD_CONST: case KW_NAMES: return Operand::kConst;
    case LOAD_NAME: case STORE_NAME: case DELETE_NAME: case LOAD_ATTR: case STORE_ATTR:
    case DELETE_ATTR: case STORE_GLOBAL: case DELETE_GLOBAL: case IMPORT_NAME:
    case IMPORT_FROM: case LOAD_METHOD:
      return Operand::kName;
    case LOAD_GLOBAL: return Operand::kGlobalName;
    case LOAD_FAST: case STORE_FAST: case DELETE_FAST: return Operand::kLocal;
    case MAKE_CELL: return Operand::kCell;
    case LOAD_CLOSURE: case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF:
    case LOAD_CLASSDEREF:
      return Operand::kDeref;
    default: return Operand::kNone;
  }
}

// Limits on untrusted images, so that verifying and loading them takes
// bounded time, memory and C++ stack. CPython's own compiler stays far
// below each (its parser refuses deeper nesting long before).
constexpr size_t kMaxCodeUnits = size_t{1} << 24;
constexpr int32_t kMaxStackSize = 1 << 20;
constexpr size_t kMaxLocals = size_t{1} << 20;
constexpr size_t kMaxTableSize = size_t{1} << 22;
constexpr uint32_t kMaxOparg = uint32_t{1} << 24;  // above every valid index, count or jump
constexpr size_t kMaxCodeNesting = 1000;      // code objects inside code objects
constexpr size_t kMaxConstantNesting = 1000;  // tuples/frozensets inside each other
constexpr uint64_t kMaxCodeObjects = uint64_t{1} << 20;  // loads, counting shared images
constexpr uint64_t kMaxVerifierWork = uint64_t{1} << 28;
constexpr int32_t kGeneratorFlags =
    kCodeFlagGenerator | kCodeFlagCoroutine | kCodeFlagIterableCoroutine | kCodeFlagAsyncGenerator;

size_t FreeVarCount(const CodeImage& image) {
  size_t nfree = 0;
  for (uint8_t k : image.localsplus_kinds) {
    if (k & kLocalKindFree) ++nfree;
  }
  return nfree;
}

// The line table: one location per code unit (checked by the caller), each
// field -1 (none) or a position, spans not ending before they start.
absl::Status VerifyLocations(const CodeImage& image) {
  if (image.first_line < 0) return absl::InvalidArgumentError("invalid code image: bad first line");
  for (size_t i = 0; i < image.locations.size(); ++i) {
    const SourceLocation& loc = image.locations[i];
    if (loc.line < -1 || loc.end_line < -1 || loc.column < -1 || loc.end_column < -1 ||
        (loc.line >= 0 && loc.end_line >= 0 && loc.end_line < loc.line)) {
      return absl::InvalidArgumentError(
          StrCat("invalid code image: bad line table entry ", i, " in ", image.name));
    }
  }
  return absl::OkStatus();
}

// What loading a code image creates: `loads` code objects (a shared nested
// image is loaded once per use), nested `height` levels deep.
struct NestingInfo {
  uint64_t loads = 0;
  size_t height = 0;
};

// Walks the constant tree of an image: constant kinds, nesting depth of
// code and of tuples, the number of loads, no image containing itself.
// Recursion is bounded by kMaxCodeNesting + kMaxConstantNesting.
class NestingWalk {
 public:
  absl::Status Code(const CodeImage& image, NestingInfo* out) {
    if (auto it = done_.find(&image); it != done_.end()) {
      *out = it->second;
      return absl::OkStatus();
    }
    if (!active_.insert(&image).second) {
      return absl::InvalidArgumentError("invalid code image: a code object contains itself");
    }
    if (active_.size() > kMaxCodeNesting) {
      return absl::InvalidArgumentError(
          StrCat("invalid code image: code objects nested more than ", kMaxCodeNesting,
                 " deep"));
    }
    NestingInfo info{1, 1};
    absl::Status s = Consts(image, image.consts, 0, &info);
    active_.erase(&image);
    if (!s.ok()) return s;
    done_[&image] = info;
    *out = info;
    return absl::OkStatus();
  }

 private:
  absl::Status Consts(const CodeImage& owner, const std::vector<Constant>& consts, size_t depth,
                      NestingInfo* acc) {
    if (depth > kMaxConstantNesting) {
      return absl::InvalidArgumentError(StrCat("invalid code image: constants nested more than ",
                                               kMaxConstantNesting, " deep in ", owner.name));
    }
    for (const Constant& c : consts) {
      switch (c.kind) {
        case Constant::Kind::kNone: case Constant::Kind::kBool: case Constant::Kind::kInt:
        case Constant::Kind::kFloat: case Constant::Kind::kComplex: case Constant::Kind::kStr:
        case Constant::Kind::kBytes: case Constant::Kind::kEllipsis:
          break;
        case Constant::Kind::kTuple: case Constant::Kind::kFrozenset: {
          absl::Status s = Consts(owner, c.items, depth + 1, acc);
          if (!s.ok()) return s;
          break;
        }
        case Constant::Kind::kCode: {
          if (c.code == nullptr) {
            return absl::InvalidArgumentError(
                StrCat("invalid code image: null code constant in ", owner.name));
          }
          NestingInfo child;
          absl::Status s = Code(*c.code, &child);
          if (!s.ok()) return s;
          acc->loads = std::min(acc->loads + child.loads, kMaxCodeObjects + 1);
          acc->height = std::max(acc->height, child.height + 1);
          break;
        }
        default:
          return absl::InvalidArgumentError(
              StrCat("invalid code image: constant of unknown kind ", static_cast<int>(c.kind),
                     " in ", owner.name));
      }
      if (acc->loads > kMaxCodeObjects) {
        return absl::InvalidArgumentError(
            StrCat("invalid code image: more than ", kMaxCodeObjects, " nested code objects"));
      }
    }
    return absl::OkStatus();
  }

  absl::flat_hash_map<const CodeImage*, NestingInfo> done_;
  absl::flat_hash_set<const CodeImage*> active_;
};

// One decoded instruction: `start` is its first code unit (an EXTENDED_ARG
// prefix, if any), `op_index` the unit holding the opcode, `next` the unit
// after its caches.
struct Instr {
  size_t start;
  size_t op_index;
  size_t next;
  uint8_t op;
  uint32_t arg;
  int32_t jump_target;  // index into the instruction list, -1 if no jump
};

// What the verifier knows about one stack slot: enough to prove safe the
// unchecked casts the loop makes (LIST_APPEND's list, MAKE_FUNCTION's code
// and closure, BUILD_STRING's strs...) and that NULL, which CPython pushes
// below a callable, reaches only CALL.
enum class Tag : uint8_t {
  kAny,         // some non-NULL value
  kNull,        // PUSH_NULL
  kMaybeNull,   // LOAD_METHOD's first result
  kStr,
  kList,
  kSet,
  kDict,
  kTuple,
  kConstTuple,  // payload: co_consts index
  kCellTuple,   // payload: number of cells (a closure)
  kCell,        // LOAD_CLOSURE
  kCode,        // payload: co_consts index
};

struct Slot {
  Tag tag = Tag::kAny;
  uint32_t payload = 0;
  bool operator==(const Slot& o) const { return tag == o.tag && payload == o.payload; }
};

using Stack = std::vector<Slot>;

bool MayBeNull(Slot s) { return s.tag == Tag::kNull || s.tag == Tag::kMaybeNull; }
bool IsTupleSlot(Slot s) {
  return s.tag == Tag::kTuple || s.tag == Tag::kConstTuple || s.tag == Tag::kCellTuple;
}

Slot Join(Slot a, Slot b) {
  if (a == b) return a;
  if (MayBeNull(a) || MayBeNull(b)) return Slot{Tag::kMaybeNull, 0};
  if (IsTupleSlot(a) && IsTupleSlot(b)) return Slot{Tag::kTuple, 0};
  return Slot{};
}

Slot ConstSlot(const CodeImage& image, uint32_t index) {
  switch (image.consts[index].kind) {
    case Constant::Kind::kStr: return Slot{Tag::kStr, 0};
    case Constant::Kind::kTuple: return Slot{Tag::kConstTuple, index};
    case Constant::Kind::kCode: return Slot{Tag::kCode, index};
    default: return Slot{};
  }
}

// Applies one instruction to the abstract stack `s` on its fall-through
// path or (jump) its jump path. The depth was checked against StackEffect
// by the caller's underflow test below. Returns why the instruction is
// refused, or nullptr.
const char* Transfer(const CodeImage& image, uint8_t op, uint32_t arg, bool jump, size_t max_depth,
                     Stack& s) {
  Effect effect = StackEffect(op, arg, jump);
  if (s.size() < static_cast<size_t>(effect.pops)) return "stack underflow";
  if (s.size() - effect.pops + effect.pushes > max_depth) return "stack deeper than co_stacksize";
  auto peek = [&s](size_t k) -> Slot& { return s[s.size() - k]; };  // k >= 1
  auto pop_values = [&s](size_t count) -> bool {  // pops non-NULL values
    for (size_t k = 0; k < count; ++k) {
      if (MayBeNull(s.back())) return false;
      s.pop_back();
    }
    return true;
  };
  const char* kNullUse = "NULL used as a value";
  switch (op) {
    case NOP: case RESUME: case EXTENDED_ARG: case CACHE: case PRECALL: case KW_NAMES:
    case MAKE_CELL: case COPY_FREE_VARS: case DELETE_NAME: case DELETE_GLOBAL:
    case DELETE_FAST: case DELETE_DEREF: case JUMP_FORWARD: case JUMP_BACKWARD:
    case JUMP_BACKWARD_NO_INTERRUPT:
      return nullptr;
    case POP_TOP:
      s.pop_back();
      return nullptr;
    case PUSH_NULL:
      s.push_back(Slot{Tag::kNull, 0});
      return nullptr;
    case COPY:
      s.push_back(peek(arg));
      return nullptr;
    case SWAP:
      std::swap(peek(1), peek(arg));
      return nullptr;
    case LOAD_CONST:
      s.push_back(ConstSlot(image, arg));
      return nullptr;
    case LOAD_CLOSURE:
      s.push_back(Slot{Tag::kCell, 0});
      return nullptr;
    case LOAD_GLOBAL:
      if (arg & 1) s.push_back(Slot{Tag::kNull, 0});
      s.push_back(Slot{});
      return nullptr;
    case LOAD_METHOD:
      if (!pop_values(1)) return kNullUse;
      s.push_back(Slot{Tag::kMaybeNull, 0});
      s.push_back(Slot{});
      return nullptr;
    case BUILD_LIST: case BUILD_SET: case BUILD_MAP: {
      if (!pop_values(op == BUILD_MAP ? 2 * size_t{arg} : arg)) return kNullUse;
      s.push_back(Slot{op == BUILD_LIST ? Tag::kList : op == BUILD_SET ? Tag::kSet : Tag::kDict, 0});
      return nullptr;
    }
    case BUILD_TUPLE: {
      bool cells = arg > 0;
      for (size_t k = 1; k <= arg; ++k) cells = cells && peek(k).tag == Tag::kCell;
      if (!pop_values(arg)) return kNullUse;
      s.push_back(cells ? Slot{Tag::kCellTuple, arg} : Slot{Tag::kTuple, 0});
      return nullptr;
    }
    case BUILD_STRING:
      for (size_t k = 1; k <= arg; ++k) {
        if (peek(k).tag != Tag::kStr) return "BUILD_STRING of a value not known to be a str";
      }
      s.resize(s.size() - arg);
      s.push_back(Slot{Tag::kStr, 0});
      return nullptr;
    case BUILD_CONST_KEY_MAP: {
      Slot keys = peek(1);
      if (keys.tag != Tag::kConstTuple || image.consts[keys.payload].items.size() != arg) {
        return "BUILD_CONST_KEY_MAP without a constant key tuple of its size";
      }
      s.pop_back();
      if (!pop_values(arg)) return kNullUse;
      s.push_back(Slot{Tag::kDict, 0});
      return nullptr;
    }
    case LIST_APPEND: case LIST_EXTEND: case SET_ADD: case SET_UPDATE: case DICT_UPDATE:
    case DICT_MERGE: case MAP_ADD: {
      size_t popped = op == MAP_ADD ? 2 : 1;
      Tag want = (op == LIST_APPEND || op == LIST_EXTEND) ? Tag::kList
                 : (op == SET_ADD || op == SET_UPDATE)    ? Tag::kSet
                                                          : Tag::kDict;
      if (peek(arg + popped).tag != want) {
        return "container instruction on a value not known to be its list, set or dict";
      }
      if (op == DICT_MERGE && MayBeNull(peek(arg + 3))) return kNullUse;
      if (!pop_values(popped)) return kNullUse;
      return nullptr;
    }
    case LIST_TO_TUPLE:
      if (peek(1).tag != Tag::kList) return "LIST_TO_TUPLE of a value not known to be a list";
      peek(1) = Slot{Tag::kTuple, 0};
      return nullptr;
    case FORMAT_VALUE:
      if (arg & 4) {
        if (peek(1).tag != Tag::kStr) return "FORMAT_VALUE spec not known to be a str";
        s.pop_back();
      }
      if (MayBeNull(peek(1))) return kNullUse;
      peek(1) = Slot{Tag::kStr, 0};
      return nullptr;
    case MAKE_FUNCTION: {
      Slot code = peek(1);
      if (code.tag != Tag::kCode) return "MAKE_FUNCTION of a value not known to be a code object";
      s.pop_back();
      size_t nfree = FreeVarCount(*image.consts[code.payload].code);
      if (((arg & 8) != 0) != (nfree > 0)) return "MAKE_FUNCTION closure does not match the code";
      if (arg & 8) {
        if (!(peek(1) == Slot{Tag::kCellTuple, static_cast<uint32_t>(nfree)})) {
          return "MAKE_FUNCTION closure is not a tuple of the code's cells";
        }
        s.pop_back();
      }
      if ((arg & 4) && !pop_values(1)) return kNullUse;
      if (arg & 2) {
        if (peek(1).tag != Tag::kDict) return "MAKE_FUNCTION keyword defaults not a dict";
        s.pop_back();
      }
      if (arg & 1) {
        if (!IsTupleSlot(peek(1))) return "MAKE_FUNCTION defaults not a tuple";
        s.pop_back();
      }
      s.push_back(Slot{});
      return nullptr;
    }
    case CALL: {
      // [callable or NULL, self or callable, args...]
      if (!pop_values(size_t{arg} + 1)) return kNullUse;
      s.pop_back();
      s.push_back(Slot{});
      return nullptr;
    }
    case CALL_FUNCTION_EX: {
      // [NULL, callable, args, kwargs?]: the NULL is discarded.
      if (!pop_values(2 + (arg & 1))) return kNullUse;
      s.pop_back();
      s.push_back(Slot{});
      return nullptr;
    }
    case PUSH_EXC_INFO: {
      Slot exc = peek(1);
      if (MayBeNull(exc)) return kNullUse;
      peek(1) = Slot{};
      s.push_back(exc);
      return nullptr;
    }
    case CHECK_EXC_MATCH:
      if (MayBeNull(peek(1)) || MayBeNull(peek(2))) return kNullUse;
      peek(1) = Slot{};
      return nullptr;
    case CHECK_EG_MATCH:
      if (MayBeNull(peek(1)) || MayBeNull(peek(2))) return kNullUse;
      peek(1) = Slot{};
      peek(2) = Slot{};
      return nullptr;
    case PREP_RERAISE_STAR:
      if (!pop_values(2)) return kNullUse;
      s.push_back(Slot{});
      return nullptr;
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
      if (MayBeNull(peek(1))) return kNullUse;
      if (!jump) s.pop_back();
      return nullptr;
    case FOR_ITER:
      if (MayBeNull(peek(1))) return kNullUse;
      if (jump) s.pop_back();
      else s.push_back(Slot{});
      return nullptr;
    case SEND:
      if (MayBeNull(peek(1)) || MayBeNull(peek(2))) return kNullUse;
      s.pop_back();
      if (jump) s.pop_back();
      s.push_back(Slot{});
      return nullptr;
    case MATCH_KEYS:  // [subject, keys] -> [subject, keys, values]
      if (!IsTupleSlot(peek(1))) return "MATCH_KEYS keys not known to be a tuple";
      if (MayBeNull(peek(2))) return kNullUse;
      s.push_back(Slot{});
      return nullptr;
    case MATCH_CLASS: {  // [subject, cls, names] -> [attrs or None]
      Slot names = peek(1);
      bool ok = names.tag == Tag::kConstTuple;
      if (ok) {
        for (const Constant& item : image.consts[names.payload].items) {
          ok = ok && item.kind == Constant::Kind::kStr;
        }
      }
      if (!ok) return "MATCH_CLASS names not a constant tuple of str";
      s.pop_back();
      if (!pop_values(2)) return kNullUse;
      s.push_back(Slot{});
      return nullptr;
    }
    case GET_LEN: case IMPORT_FROM:
      if (MayBeNull(peek(1))) return kNullUse;
      s.push_back(Slot{});
      return nullptr;
    default:
      if (!pop_values(effect.pops)) return kNullUse;
      for (int k = 0; k < effect.pushes; ++k) s.push_back(Slot{});
      return nullptr;
  }
}

}  // namespace

absl::StatusOr<std::vector<ExceptionTableEntry>> DecodeExceptionTable(
    const std::vector<uint8_t>& table) {
  std::vector<ExceptionTableEntry> out;
  size_t pos = 0;
  auto read_varint = [&](uint32_t* value) -> bool {
    if (pos >= table.size()) return false;
    uint8_t b = table[pos++];
    uint64_t v = b & 63;
    while (b & 64) {
      if (pos >= table.size() || v > (1u << 26)) return false;
      b = table[pos++];
      v = (v << 6) | (b & 63);
    }
    *value = static_cast<uint32_t>(v);
    return true;
  };
  while (pos < table.size()) {
    if ((table[pos] & 0x80) == 0) {
      return absl::InvalidArgumentError("invalid code image: malformed exception table");
    }
    uint32_t start, length, target, depth_lasti;
    if (!read_varint(&start) || !read_varint(&length) || !read_varint(&target) ||
        !read_varint(&depth_lasti)) {
      return absl::InvalidArgumentError("invalid code image: truncated exception table");
    }
    out.push_back(ExceptionTableEntry{start, start + length, target, depth_lasti >> 1,
                                      (depth_lasti & 1) != 0});
  }
  return out;
}

absl::Status VerifyCode(const CodeImage& image) {
  const size_t n = image.code.size();
  if (n == 0) return absl::InvalidArgumentError("invalid code image: empty code");
  if (n > kMaxCodeUnits) return absl::InvalidArgumentError("invalid code image: code too large");
  if (image.localsplus_names.size() != image.localsplus_kinds.size()) {
    return absl::InvalidArgumentError("invalid code image: locals and kinds differ in length");
  }
  if (image.locations.size() != n) {
    return absl::InvalidArgumentError("invalid code image: location table length mismatch");
  }
  if (image.stack_size < 0 || image.stack_size > kMaxStackSize || image.arg_count < 0 ||
      image.posonly_arg_count < 0 || image.kwonly_arg_count < 0 ||
      image.posonly_arg_count > image.arg_count ||
      image.localsplus_names.size() > kMaxLocals || image.consts.size() > kMaxTableSize ||
      image.names.size() > kMaxTableSize) {
    return absl::InvalidArgumentError("invalid code image: bad counts");
  }
  absl::Status s = VerifyLocations(image);
  if (!s.ok()) return s;
  {
    NestingWalk walk;
    NestingInfo info;
    s = walk.Code(image, &info);
    if (!s.ok()) return s;
  }
  size_t nlocalsplus = image.localsplus_names.size();
  size_t nargs_total = static_cast<size_t>(image.arg_count) + image.kwonly_arg_count +
                       ((image.flags & kCodeFlagVarargs) ? 1 : 0) +
                       ((image.flags & kCodeFlagVarkeywords) ? 1 : 0);
  if (nargs_total > nlocalsplus) {
    return absl::InvalidArgumentError("invalid code image: more arguments than locals");
  }
  const size_t nfree = FreeVarCount(image);
  // Free variables must be the last slots (COPY_FREE_VARS relies on it).
  for (size_t i = nlocalsplus - nfree; i < nlocalsplus; ++i) {
    if (!(image.localsplus_kinds[i] & kLocalKindFree)) {
      return absl::InvalidArgumentError("invalid code image: free variables out of place");
    }
  }
  const bool is_generator = (image.flags & kGeneratorFlags) != 0;
  // A generator, a coroutine or an async generator: one kind at most, and
  // CO_ITERABLE_COROUTINE only on a generator (CPython's _Py_MakeCoro
  // assumes both).
  const bool is_async_generator = (image.flags & kCodeFlagAsyncGenerator) != 0;
  {
    int kinds = ((image.flags & kCodeFlagGenerator) != 0) +
                ((image.flags & kCodeFlagCoroutine) != 0) + (is_async_generator ? 1 : 0);
    if (kinds > 1 || ((image.flags & kCodeFlagIterableCoroutine) != 0 &&
                      (image.flags & kCodeFlagGenerator) == 0)) {
      return Refuse(image, 0, "code flags of more than one kind of generator");
    }
  }

  // Pass 1: instruction boundaries, opcodes, operands, jump targets.
  std::vector<Instr> instrs;
  std::vector<int32_t> instr_at(n, -1);  // code unit -> index into instrs
  for (size_t i = 0; i < n;) {
    size_t first = i;
    uint32_t arg = 0;
    uint8_t op;
    for (;;) {
      op = image.code[i] & 0xff;
      arg = (arg << 8) | (image.code[i] >> 8);
      if (op != EXTENDED_ARG) break;
      if (++i >= n) return Refuse(image, first, "EXTENDED_ARG at end of code");
    }
    const OpcodeInfo& info = kOpcodeInfo[op];
    if (info.name == nullptr || !info.implemented) {
      return Refuse(image, i,
                    StrCat("opcode ", info.name ? info.name : StrCat(op),
                                 " is not supported by moat"));
    }
    if (arg >= kMaxOparg) return Refuse(image, i, "oparg out of range");
    if (!HasArgument(op) && arg != 0) {
      return Refuse(image, i, StrCat(info.name, " takes no argument"));
    }
    switch (OperandKind(op)) {
      case Operand::kConst:
        if (arg >= image.consts.size()) return Refuse(image, i, "constant index out of range");
        if (op == KW_NAMES) {
          const Constant& c = image.consts[arg];
          if (c.kind != Constant::Kind::kTuple) return Refuse(image, i, "KW_NAMES needs a tuple");
          for (const Constant& item : c.items) {
            if (item.kind != Constant::Kind::kStr) return Refuse(image, i, "keyword names must be str");
          }
        }
        break;
      case Operand::kName:
        if (arg >= image.names.size()) return Refuse(image, i, "name index out of range");
        break;
      case Operand::kGlobalName:
        if ((arg >> 1) >= image.names.size()) return Refuse(image, i, "name index out of range");
        break;
      case Operand::kLocal:
        if (arg >= nlocalsplus) return Refuse(image, i, "local index out of range");
        // Cell and free slots hold cells, which only the *_DEREF
        // instructions may touch.
        if (image.localsplus_kinds[arg] & (kLocalKindCell | kLocalKindFree)) {
          return Refuse(image, i, "fast-local access to a cell or free variable");
        }
        break;
      case Operand::kCell:
        if (arg >= nlocalsplus || !(image.localsplus_kinds[arg] & kLocalKindCell)) {
          return Refuse(image, i, "MAKE_CELL of a non-cell variable");
        }
        break;
      case Operand::kDeref:
        if (arg >= nlocalsplus ||
            !(image.localsplus_kinds[arg] & (kLocalKindCell | kLocalKindFree))) {
          return Refuse(image, i, "closure variable index out of range");
        }
        break;
      case Operand::kNone:
        break;
    }
    // Only code with free variables copies them (CPython emits none
    // otherwise), and the top-level code, which has no function to copy
    // from, may have none.
    if (op == COPY_FREE_VARS && (arg != nfree || nfree == 0)) {
      return Refuse(image, i, "COPY_FREE_VARS count");
    }
    if ((op == SWAP || op == COPY) && arg < 1) return Refuse(image, i, "SWAP/COPY of 0");
    if (op == BUILD_SLICE && arg != 2 && arg != 3) return Refuse(image, i, "BUILD_SLICE arg");
    if (op == RAISE_VARARGS && arg > 2) return Refuse(image, i, "RAISE_VARARGS arg");
    if (op == RERAISE && arg > 2) return Refuse(image, i, "RERAISE arg");
    if (op == COMPARE_OP && arg > 5) return Refuse(image, i, "COMPARE_OP arg");
    if (op == BINARY_OP && arg >= 2 * kNumBinaryOps) return Refuse(image, i, "BINARY_OP arg");
    if (op == MAKE_FUNCTION && arg > 15) return Refuse(image, i, "MAKE_FUNCTION flags");
    if (op == FORMAT_VALUE && arg > 7) return Refuse(image, i, "FORMAT_VALUE flags");
    if ((op == YIELD_VALUE || op == SEND) && !is_generator) {
      return Refuse(image, i, StrCat(info.name, " outside a generator"));
    }
    if (op == ASYNC_GEN_WRAP && !is_async_generator) {
      return Refuse(image, i, "ASYNC_GEN_WRAP outside an async generator");
    }
    size_t next = i + 1 + info.cache_entries;
    if (next > n) return Refuse(image, first, "instruction caches run past the end");
    instr_at[first] = static_cast<int32_t>(instrs.size());
    instrs.push_back(Instr{first, i, next, op, arg, -1});
    i = next;
  }
  for (Instr& in : instrs) {
    if (!IsForwardJump(in.op) && !IsBackwardJump(in.op)) continue;
    int64_t target = JumpTargetUnit(in.op, in.arg, in.next);
    if (target < 0 || target >= static_cast<int64_t>(n)) {
      return Refuse(image, in.op_index, "jump out of range");
    }
    if (instr_at[target] < 0) return Refuse(image, in.op_index, "jump into the middle of an instruction");
    in.jump_target = instr_at[target];
  }

  // The prologue CPython puts before RESUME: MAKE_CELL of every cell
  // variable, COPY_FREE_VARS when there are free variables, and for
  // generators RETURN_GENERATOR, POP_TOP. Cells exist from then on, so
  // these instructions appear nowhere else and nothing jumps back into them.
  size_t prologue = 0;
  {
    std::vector<uint8_t> made(nlocalsplus, 0);
    // CPython 3.11 puts COPY_FREE_VARS first (insert_prefix_instructions).
    bool copied_free = false;
    if (prologue < instrs.size() && instrs[prologue].op == COPY_FREE_VARS) {
      copied_free = true;
      ++prologue;
    }
    while (prologue < instrs.size() && instrs[prologue].op == MAKE_CELL) {
      const Instr& in = instrs[prologue];
      if (made[in.arg]++) return Refuse(image, in.op_index, "MAKE_CELL twice");
      ++prologue;
    }
    for (size_t slot = 0; slot < nlocalsplus; ++slot) {
      bool cell = (image.localsplus_kinds[slot] & kLocalKindCell) &&
                  !(image.localsplus_kinds[slot] & kLocalKindFree);
      if (cell && !made[slot]) {
        return Refuse(image, 0, StrCat("cell variable ", image.localsplus_names[slot],
                                       " is not made by the prologue"));
      }
    }
    if (!copied_free && nfree > 0) {
      return Refuse(image, 0, "free variables without COPY_FREE_VARS");
    }
    if (is_generator) {
      if (prologue + 1 >= instrs.size() || instrs[prologue].op != RETURN_GENERATOR ||
          instrs[prologue + 1].op != POP_TOP) {
        return Refuse(image, 0, "generator code must start with RETURN_GENERATOR");
      }
      prologue += 2;
    }
    for (size_t k = 0; k < instrs.size(); ++k) {
      const Instr& in = instrs[k];
      if (k >= prologue && (in.op == MAKE_CELL || in.op == COPY_FREE_VARS ||
                            in.op == RETURN_GENERATOR)) {
        return Refuse(image, in.op_index,
                      StrCat(kOpcodeInfo[in.op].name, " outside the code's prologue"));
      }
      if (in.jump_target >= 0 && static_cast<size_t>(in.jump_target) < prologue) {
        return Refuse(image, in.op_index, "jump into the code's prologue");
      }
      // The wrapped value of an async generator's `yield` goes straight to
      // its awaitable (vm/objects/coroutine.h): nothing else may see it.
      if (in.op == ASYNC_GEN_WRAP &&
          (k + 1 >= instrs.size() || instrs[k + 1].op != YIELD_VALUE)) {
        return Refuse(image, in.op_index, "ASYNC_GEN_WRAP not followed by YIELD_VALUE");
      }
      // KW_NAMES sets the keyword names the very next CALL consumes: it
      // must be directly followed by PRECALL n, CALL n with n at least the
      // number of names.
      if (in.op == KW_NAMES) {
        if (k + 2 >= instrs.size() || instrs[k + 1].op != PRECALL || instrs[k + 2].op != CALL ||
            instrs[k + 1].arg != instrs[k + 2].arg ||
            image.consts[in.arg].items.size() > instrs[k + 2].arg) {
          return Refuse(image, in.op_index, "KW_NAMES not followed by a matching call");
        }
      }
    }
  }

  auto ex_table = DecodeExceptionTable(image.exception_table);
  if (!ex_table.ok()) return ex_table.status();
  const size_t prologue_end = prologue < instrs.size() ? instrs[prologue].start : n;
  uint32_t previous_end = 0;
  for (const ExceptionTableEntry& e : *ex_table) {
    if (e.start >= e.end || e.end > n || e.target >= n || instr_at[e.target] < 0 ||
        instr_at[e.start] < 0 || (e.end < n && instr_at[e.end] < 0)) {
      return absl::InvalidArgumentError(
          StrCat("invalid code image: exception table entry out of range in ", image.name));
    }
    if (e.start < previous_end) {
      return absl::InvalidArgumentError(StrCat(
          "invalid code image: exception table entries overlap or are unsorted in ", image.name));
    }
    if (e.start < prologue_end || e.target < prologue_end) {
      return absl::InvalidArgumentError(StrCat(
          "invalid code image: exception table entry covers the prologue in ", image.name));
    }
    if (e.depth > static_cast<uint32_t>(image.stack_size)) {
      return absl::InvalidArgumentError(
          StrCat("invalid code image: exception handler depth out of range in ", image.name));
    }
    previous_end = e.end;
  }

  // Pass 2: abstract interpretation along every path: stack depth and the
  // little type knowledge the loop relies on (see Slot). States are kept at
  // block leaders (jump and handler targets, the code after a terminal
  // instruction) and joined there until nothing changes.
  const size_t max_depth = static_cast<size_t>(image.stack_size) + 1;
  std::vector<uint8_t> leader(instrs.size(), 0);
  leader[0] = 1;
  for (size_t k = 0; k < instrs.size(); ++k) {
    const Instr& in = instrs[k];
    if (in.jump_target >= 0) leader[in.jump_target] = 1;
    if ((IsTerminal(in.op) || in.jump_target >= 0) && k + 1 < instrs.size()) leader[k + 1] = 1;
  }
  for (const ExceptionTableEntry& e : *ex_table) leader[instr_at[e.target]] = 1;
  std::vector<int32_t> leader_id(instrs.size(), -1);
  int32_t nleaders = 0;
  for (size_t k = 0; k < instrs.size(); ++k) {
    if (leader[k]) leader_id[k] = nleaders++;
  }

  std::vector<Stack> states(nleaders);
  std::vector<uint8_t> has_state(nleaders, 0), queued(nleaders, 0);
  std::deque<size_t> work;  // instruction indexes of leaders
  uint64_t budget = kMaxVerifierWork;
  auto flow = [&](size_t from, size_t to, const Stack& st) -> absl::Status {
    if (st.size() > max_depth) return Refuse(image, from, "stack deeper than co_stacksize");
    if (budget < st.size() + 1) return Refuse(image, from, "code too complex to verify");
    budget -= st.size() + 1;
    const int32_t id = leader_id[to];
    bool changed = false;
    if (!has_state[id]) {
      states[id] = st;
      has_state[id] = 1;
      changed = true;
    } else {
      Stack& old = states[id];
      if (old.size() != st.size()) {
        return Refuse(image, instrs[to].op_index, "inconsistent stack depth");
      }
      for (size_t j = 0; j < st.size(); ++j) {
        Slot joined = Join(old[j], st[j]);
        if (!(joined == old[j])) {
          old[j] = joined;
          changed = true;
        }
      }
    }
    if (changed && !queued[id]) {
      queued[id] = 1;
      work.push_back(to);
    }
    return absl::OkStatus();
  };
  s = flow(0, 0, Stack());
  if (!s.ok()) return s;
  Stack cur, jumped;
  while (!work.empty()) {
    size_t k = work.front();
    work.pop_front();
    queued[leader_id[k]] = 0;
    cur = states[leader_id[k]];
    for (;;) {
      const Instr& in = instrs[k];
      if (budget == 0) return Refuse(image, in.op_index, "code too complex to verify");
      --budget;
      // Handlers protecting this instruction: the first matching entry is
      // the one the loop uses.
      for (const ExceptionTableEntry& e : *ex_table) {
        if (in.start >= e.start && in.start < e.end) {
          if (e.depth > cur.size()) return Refuse(image, in.op_index, "handler depth above stack");
          jumped.assign(cur.begin(), cur.begin() + e.depth);
          if (e.push_lasti) jumped.push_back(Slot{});
          jumped.push_back(Slot{});  // the exception
          s = flow(in.op_index, instr_at[e.target], jumped);
          if (!s.ok()) return s;
          break;
        }
      }
      if (in.jump_target >= 0) {
        jumped = cur;
        const char* why = Transfer(image, in.op, in.arg, true, max_depth, jumped);
        if (why != nullptr) return Refuse(image, in.op_index, why);
        s = flow(in.op_index, static_cast<size_t>(in.jump_target), jumped);
        if (!s.ok()) return s;
      }
      const char* why = Transfer(image, in.op, in.arg, false, max_depth, cur);
      if (why != nullptr) return Refuse(image, in.op_index, why);
      if (IsTerminal(in.op)) break;
      if (k + 1 >= instrs.size()) return Refuse(image, in.op_index, "code falls off the end");
      if (leader[k + 1]) {
        s = flow(in.op_index, k + 1, cur);
        if (!s.ok()) return s;
        break;
      }
      ++k;
    }
  }
  return absl::OkStatus();
}

absl::Status VerifyProgram(const CodeImage& image) {
  absl::Status s = VerifyCode(image);
  if (!s.ok()) return s;
  if (FreeVarCount(image) != 0) {
    return absl::InvalidArgumentError(
        StrCat("invalid code image: top-level code ", image.name, " has free variables"));
  }
  return absl::OkStatus();
}

}  // namespace moat::vm

namespace moat::vm {

void MarkInPlaceAppends(const CodeImage& image,
                        const std::vector<ExceptionTableEntry>& exception_table,
                        std::vector<uint16_t>* code) {
  // Decode the (verified) instructions.
  struct Decoded {
    size_t op_index;
    uint8_t op;
    uint32_t arg;
    int64_t jump_target;  // instruction index, -1 if none
  };
  std::vector<Decoded> instrs;
  std::vector<int64_t> instr_at(code->size(), -1);
  for (size_t i = 0; i < code->size();) {
    size_t first = i;
    uint32_t arg = 0;
    uint8_t op;
    for (;;) {
      op = (*code)[i] & 0xff;
      arg = (arg << 8) | ((*code)[i] >> 8);
      if (op != EXTENDED_ARG) break;
      ++i;
    }
    instr_at[first] = static_cast<int64_t>(instrs.size());
    instrs.push_back(Decoded{i, op, arg, -1});
    // The append-site mark lives in BINARY_OP's cache; only this pass sets it.
    if (op == BINARY_OP) (*code)[i + 1] = 0;
    i = i + 1 + kOpcodeInfo[op].cache_entries;
  }
  const size_t n = instrs.size();
  // Where control arrives other than by falling through: the earliest and
  // latest jump source of each target, and handler entries.
  std::vector<int64_t> first_source(n, -1), last_source(n, -1);
  std::vector<bool> handler_entry(n, false);
  for (size_t k = 0; k < n; ++k) {
    Decoded& in = instrs[k];
    if (!IsForwardJump(in.op) && !IsBackwardJump(in.op)) continue;
    size_t next = in.op_index + 1 + kOpcodeInfo[in.op].cache_entries;
    in.jump_target = instr_at[static_cast<size_t>(JumpTargetUnit(in.op, in.arg, next))];
    size_t t = static_cast<size_t>(in.jump_target);
    if (first_source[t] < 0) first_source[t] = static_cast<int64_t>(k);
    last_source[t] = static_cast<int64_t>(k);
  }
  // Stack depth before each instruction (-1: unreachable); the verifier
  // proved the depths consistent, so one visit per instruction suffices.
  std::vector<int64_t> depth(n, -1);
  std::vector<size_t> work;
  auto reach = [&](int64_t k, int64_t d) {
    if (k >= 0 && static_cast<size_t>(k) < n && depth[k] < 0) {
      depth[k] = d;
      work.push_back(static_cast<size_t>(k));
    }
  };
  reach(0, 0);
  for (const ExceptionTableEntry& e : exception_table) {
    size_t t = static_cast<size_t>(instr_at[e.target]);
    handler_entry[t] = true;
    reach(static_cast<int64_t>(t), static_cast<int64_t>(e.depth) + (e.push_lasti ? 1 : 0) + 1);
  }
  while (!work.empty()) {
    size_t k = work.back();
    work.pop_back();
    const Decoded& in = instrs[k];
    if (in.jump_target >= 0) {
      Effect e = StackEffect(in.op, in.arg, true);
      reach(in.jump_target, depth[k] - e.pops + e.pushes);
    }
    if (!IsTerminal(in.op)) {
      Effect e = StackEffect(in.op, in.arg, false);
      reach(static_cast<int64_t>(k + 1), depth[k] - e.pops + e.pushes);
    }
  }

  // Zero-argument super() reads local 0 directly, not through a load.
  bool has_free = false;
  for (uint8_t kind : image.localsplus_kinds) has_free |= (kind & kLocalKindFree) != 0;

  // An append site is BINARY_OP + or += whose result STORE_FAST puts in local x
  // and whose left operand LOAD_FAST x pushed at instruction j: between j
  // and the site nothing pops that stack slot, and control enters only
  // from within (a conditional expression may branch, nothing may jump in).
  // `s = s + piece` is the same site, as CPython's specialization treats it.
  constexpr uint32_t kAdd = static_cast<uint32_t>(BinaryOp::kAdd);
  constexpr uint32_t kInplaceAdd = kAdd + kInplaceOffset;
  constexpr size_t kMaxLookBack = 64;
  std::vector<bool> append_local(image.localsplus_names.size(), false);
  std::vector<bool> append_load(n, false);
  for (size_t k = 0; k + 1 < n; ++k) {
    const Decoded& in = instrs[k];
    if (in.op != BINARY_OP || (in.arg != kAdd && in.arg != kInplaceAdd) ||
        instrs[k + 1].op != STORE_FAST) {
      continue;
    }
    if (depth[k] < 2) continue;
    uint32_t x = instrs[k + 1].arg;
    if (x == 0 && has_free) continue;
    const int64_t slot = depth[k] - 2;  // the left operand's stack slot
    int64_t j = static_cast<int64_t>(k) - 1;
    while (j >= 0 && static_cast<size_t>(k - j) <= kMaxLookBack && depth[j] > slot) --j;
    if (j < 0 || depth[j] != slot || instrs[j].op != LOAD_FAST || instrs[j].arg != x) continue;
    bool sealed = true;
    for (size_t m = static_cast<size_t>(j) + 1; m <= k && sealed; ++m) {
      if (handler_entry[m] || (first_source[m] >= 0 && (first_source[m] <= j ||
                                                        last_source[m] >= static_cast<int64_t>(k)))) {
        sealed = false;
      }
      if (m < k) {
        const Decoded& d = instrs[m];
        int pops = StackEffect(d.op, d.arg, false).pops;
        if (d.jump_target >= 0) pops = std::max(pops, StackEffect(d.op, d.arg, true).pops);
        if (depth[m] - pops <= slot) sealed = false;
      }
    }
    if (!sealed) continue;
    (*code)[in.op_index + 1] = 1;
    append_local[x] = true;
    append_load[static_cast<size_t>(j)] = true;
  }
  // Every other load of such a local may copy the reference out.
  for (size_t k = 0; k < n; ++k) {
    const Decoded& in = instrs[k];
    if (in.op != LOAD_FAST || !append_local[in.arg] || append_load[k]) continue;
    (*code)[in.op_index] = static_cast<uint16_t>(((*code)[in.op_index] & 0xff00) | LOAD_FAST_SHARED);
  }
}

}  // namespace moat::vm
