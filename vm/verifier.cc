// Bytecode verification (see verifier.h for what is refused).
#include "vm/verifier.h"

#include <deque>

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
    case STORE_SUBSCR: return {3, 0};
    case DELETE_SUBSCR: return {2, 0};
    case GET_ITER: case GET_YIELD_FROM_ITER: return {1, 1};
    case PRINT_EXPR: return {1, 0};
    case LOAD_ASSERTION_ERROR: return {0, 1};
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
    case LOAD_FAST: case LOAD_CLOSURE: case LOAD_DEREF: return {0, 1};
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

bool IsTerminal(uint8_t op) {
  return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE ||
         op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
}

bool IsUnconditionalJump(uint8_t op) {
  return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
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
      return Operand::kDeref;
    default: return Operand::kNone;
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
  if (n > (1u << 24)) return absl::InvalidArgumentError("invalid code image: code too large");
  if (image.localsplus_names.size() != image.localsplus_kinds.size()) {
    return absl::InvalidArgumentError("invalid code image: locals and kinds differ in length");
  }
  if (image.locations.size() != n) {
    return absl::InvalidArgumentError("invalid code image: location table length mismatch");
  }
  if (image.stack_size < 0 || image.stack_size > (1 << 20) || image.arg_count < 0 ||
      image.posonly_arg_count < 0 || image.kwonly_arg_count < 0 ||
      image.posonly_arg_count > image.arg_count) {
    return absl::InvalidArgumentError("invalid code image: bad counts");
  }
  size_t nlocalsplus = image.localsplus_names.size();
  size_t nargs_total = static_cast<size_t>(image.arg_count) + image.kwonly_arg_count +
                       ((image.flags & kCodeFlagVarargs) ? 1 : 0) +
                       ((image.flags & kCodeFlagVarkeywords) ? 1 : 0);
  if (nargs_total > nlocalsplus) {
    return absl::InvalidArgumentError("invalid code image: more arguments than locals");
  }
  size_t nfree = 0;
  for (uint8_t k : image.localsplus_kinds) {
    if (k & kLocalKindFree) ++nfree;
  }
  // Free variables must be the last slots (COPY_FREE_VARS relies on it).
  for (size_t i = nlocalsplus - nfree; i < nlocalsplus; ++i) {
    if (!(image.localsplus_kinds[i] & kLocalKindFree)) {
      return absl::InvalidArgumentError("invalid code image: free variables out of place");
    }
  }

  // Pass 1: instruction boundaries, opcodes, operands.
  std::vector<uint8_t> is_start(n, 0);
  std::vector<uint32_t> full_arg(n, 0);
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
    is_start[first] = 1;
    full_arg[first] = arg;
    const OpcodeInfo& info = kOpcodeInfo[op];
    if (info.name == nullptr || !info.implemented) {
      return Refuse(image, i,
                    StrCat("opcode ", info.name ? info.name : StrCat(op),
                                 " is not supported by moat"));
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
    if (op == COPY_FREE_VARS && arg != nfree) return Refuse(image, i, "COPY_FREE_VARS count");
    if ((op == SWAP || op == COPY) && arg < 1) return Refuse(image, i, "SWAP/COPY of 0");
    if (op == BUILD_SLICE && arg != 2 && arg != 3) return Refuse(image, i, "BUILD_SLICE arg");
    if (op == RAISE_VARARGS && arg > 2) return Refuse(image, i, "RAISE_VARARGS arg");
    if (op == RERAISE && arg > 1) return Refuse(image, i, "RERAISE arg");
    if (op == COMPARE_OP && arg > 5) return Refuse(image, i, "COMPARE_OP arg");
    if (op == BINARY_OP && arg >= 2 * kNumBinaryOps) return Refuse(image, i, "BINARY_OP arg");
    if (op == MAKE_FUNCTION && arg > 15) return Refuse(image, i, "MAKE_FUNCTION flags");
    i += 1 + info.cache_entries;
    if (i > n) return Refuse(image, first, "instruction caches run past the end");
  }

  auto ex_table = DecodeExceptionTable(image.exception_table);
  if (!ex_table.ok()) return ex_table.status();
  for (const ExceptionTableEntry& e : *ex_table) {
    if (e.start >= e.end || e.end > n || e.target >= n || !is_start[e.target] ||
        !is_start[e.start]) {
      return absl::InvalidArgumentError(
          StrCat("invalid code image: exception table entry out of range in ", image.name));
    }
  }

  // Pass 2: stack depths along every path (abstract interpretation).
  const int max_depth = image.stack_size + 1;
  std::vector<int> depth(n, -1);
  std::deque<size_t> work;
  auto flow = [&](size_t from, size_t to, int d) -> absl::Status {
    if (to >= n || !is_start[to]) return Refuse(image, from, "jump to a non-instruction");
    if (d < 0) return Refuse(image, from, "stack underflow");
    if (d > max_depth) return Refuse(image, from, "stack deeper than co_stacksize");
    if (depth[to] == -1) {
      depth[to] = d;
      work.push_back(to);
    } else if (depth[to] != d) {
      return Refuse(image, to, "inconsistent stack depth");
    }
    return absl::OkStatus();
  };
  depth[0] = 0;
  work.push_back(0);
  while (!work.empty()) {
    size_t i = work.front();
    work.pop_front();
    int d = depth[i];
    // Skip EXTENDED_ARG prefixes to the real instruction.
    size_t op_index = i;
    while ((image.code[op_index] & 0xff) == EXTENDED_ARG) ++op_index;
    uint8_t op = image.code[op_index] & 0xff;
    uint32_t arg = full_arg[i];
    size_t next = op_index + 1 + kOpcodeInfo[op].cache_entries;
    // Handlers protecting this instruction.
    for (const ExceptionTableEntry& e : *ex_table) {
      if (i >= e.start && i < e.end) {
        if (static_cast<int>(e.depth) > d) return Refuse(image, i, "handler depth above stack");
        absl::Status s = flow(i, e.target, static_cast<int>(e.depth) + (e.push_lasti ? 1 : 0) + 1);
        if (!s.ok()) return s;
        break;  // the first matching entry is the one the loop uses
      }
    }
    Effect fall = StackEffect(op, arg, false);
    if (d < fall.pops) return Refuse(image, i, "stack underflow");
    bool is_jump = IsForwardJump(op) || IsBackwardJump(op);
    if (is_jump) {
      Effect j = StackEffect(op, arg, true);
      if (d < j.pops) return Refuse(image, i, "stack underflow");
      int64_t target = IsForwardJump(op) ? static_cast<int64_t>(next) + arg
                                         : static_cast<int64_t>(next) - arg;
      if (target < 0 || target >= static_cast<int64_t>(n)) {
        return Refuse(image, i, "jump out of range");
      }
      absl::Status s = flow(i, static_cast<size_t>(target), d - j.pops + j.pushes);
      if (!s.ok()) return s;
    }
    if (IsTerminal(op) || IsUnconditionalJump(op)) continue;
    if (next >= n) return Refuse(image, i, "code falls off the end");
    absl::Status s = flow(i, next, d - fall.pops + fall.pushes);
    if (!s.ok()) return s;
  }
  return absl::OkStatus();
}

}  // namespace moat::vm
