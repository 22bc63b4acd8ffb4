// Tables derived from the opcode list in opcodes.h.
#include "vm/opcodes.h"

namespace moat::vm {

namespace {
constexpr OpcodeInfo MakeTable(int index) {
  switch (index) {
#define MOAT_OPCODE_INFO(name, num, caches, implemented) \
  case num:                                               \
    return OpcodeInfo{#name, caches, implemented != 0};
    MOAT_OPCODES(MOAT_OPCODE_INFO)
#undef MOAT_OPCODE_INFO
    default:
      return OpcodeInfo{nullptr, 0, false};
  }
}

}  // namespace

const OpcodeInfo kOpcodeInfo[256] = {
#define MOAT_ROW(i) MakeTable(i)
#define MOAT_ROW8(i) MOAT_ROW(i), MOAT_ROW(i + 1), MOAT_ROW(i + 2), MOAT_ROW(i + 3), \
                     MOAT_ROW(i + 4), MOAT_ROW(i + 5), MOAT_ROW(i + 6), MOAT_ROW(i + 7)
#define MOAT_ROW64(i) MOAT_ROW8(i), MOAT_ROW8(i + 8), MOAT_ROW8(i + 16), MOAT_ROW8(i + 24), \
                      MOAT_ROW8(i + 32), MOAT_ROW8(i + 40), MOAT_ROW8(i + 48), MOAT_ROW8(i + 56)
    MOAT_ROW64(0), MOAT_ROW64(64), MOAT_ROW64(128), MOAT_ROW64(192),
#undef MOAT_ROW64
#undef MOAT_ROW8
#undef MOAT_ROW
};

bool IsForwardJump(uint8_t op) {
  switch (op) {
    case FOR_ITER:
    case JUMP_FORWARD:
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP:
    case POP_JUMP_FORWARD_IF_FALSE:
    case POP_JUMP_FORWARD_IF_TRUE:
    case SEND:
    case POP_JUMP_FORWARD_IF_NOT_NONE:
    case POP_JUMP_FORWARD_IF_NONE:
      return true;
    default:
      return false;
  }
}

bool IsBackwardJump(uint8_t op) {
  switch (op) {
    case JUMP_BACKWARD_NO_INTERRUPT:
    case JUMP_BACKWARD:
    case POP_JUMP_BACKWARD_IF_NOT_NONE:
    case POP_JUMP_BACKWARD_IF_NONE:
    case POP_JUMP_BACKWARD_IF_FALSE:
    case POP_JUMP_BACKWARD_IF_TRUE:
      return true;
    default:
      return false;
  }
}

}  // namespace moat::vm
