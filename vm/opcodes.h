// The one opcode table: CPython 3.11's opcodes (Lib/opcode.py, magic 3495).
// X(name, number, inline cache entries, implemented by moat).
// Generated from /usr/bin/python3.11's opcode module (opmap and
// _inline_cache_entries); tests/vm/opcode_table_test.cc checks it, the
// argument threshold and the jump sets against python3.11. The implemented
// column is moat's own: the verifier refuses any opcode marked 0, naming it
// and its line.
#ifndef MOAT_VM_OPCODES_H_
#define MOAT_VM_OPCODES_H_

#include <cstdint>

#define MOAT_OPCODES(X) \
  X(CACHE, 0, 0, 0) \
  X(POP_TOP, 1, 0, 1) \
  X(PUSH_NULL, 2, 0, 1) \
  X(NOP, 9, 0, 1) \
  X(UNARY_POSITIVE, 10, 0, 1) \
  X(UNARY_NEGATIVE, 11, 0, 1) \
  X(UNARY_NOT, 12, 0, 1) \
  X(UNARY_INVERT, 15, 0, 1) \
  X(BINARY_SUBSCR, 25, 4, 1) \
  X(GET_LEN, 30, 0, 1) \
  X(MATCH_MAPPING, 31, 0, 1) \
  X(MATCH_SEQUENCE, 32, 0, 1) \
  X(MATCH_KEYS, 33, 0, 1) \
  X(PUSH_EXC_INFO, 35, 0, 1) \
  X(CHECK_EXC_MATCH, 36, 0, 1) \
  X(CHECK_EG_MATCH, 37, 0, 1) \
  X(WITH_EXCEPT_START, 49, 0, 1) \
  X(GET_AITER, 50, 0, 1) \
  X(GET_ANEXT, 51, 0, 1) \
  X(BEFORE_ASYNC_WITH, 52, 0, 1) \
  X(BEFORE_WITH, 53, 0, 1) \
  X(END_ASYNC_FOR, 54, 0, 1) \
  X(STORE_SUBSCR, 60, 1, 1) \
  X(DELETE_SUBSCR, 61, 0, 1) \
  X(GET_ITER, 68, 0, 1) \
  X(GET_YIELD_FROM_ITER, 69, 0, 1) \
  X(PRINT_EXPR, 70, 0, 1) \
  X(LOAD_BUILD_CLASS, 71, 0, 1) \
  X(LOAD_ASSERTION_ERROR, 74, 0, 1) \
  X(RETURN_GENERATOR, 75, 0, 1) \
  X(LIST_TO_TUPLE, 82, 0, 1) \
  X(RETURN_VALUE, 83, 0, 1) \
  X(IMPORT_STAR, 84, 0, 1) \
  X(SETUP_ANNOTATIONS, 85, 0, 1) \
  X(YIELD_VALUE, 86, 0, 1) \
  X(ASYNC_GEN_WRAP, 87, 0, 1) \
  X(PREP_RERAISE_STAR, 88, 0, 1) \
  X(POP_EXCEPT, 89, 0, 1) \
  X(STORE_NAME, 90, 0, 1) \
  X(DELETE_NAME, 91, 0, 1) \
  X(UNPACK_SEQUENCE, 92, 1, 1) \
  X(FOR_ITER, 93, 0, 1) \
  X(UNPACK_EX, 94, 0, 1) \
  X(STORE_ATTR, 95, 4, 1) \
  X(DELETE_ATTR, 96, 0, 1) \
  X(STORE_GLOBAL, 97, 0, 1) \
  X(DELETE_GLOBAL, 98, 0, 1) \
  X(SWAP, 99, 0, 1) \
  X(LOAD_CONST, 100, 0, 1) \
  X(LOAD_NAME, 101, 0, 1) \
  X(BUILD_TUPLE, 102, 0, 1) \
  X(BUILD_LIST, 103, 0, 1) \
  X(BUILD_SET, 104, 0, 1) \
  X(BUILD_MAP, 105, 0, 1) \
  X(LOAD_ATTR, 106, 4, 1) \
  X(COMPARE_OP, 107, 2, 1) \
  X(IMPORT_NAME, 108, 0, 1) \
  X(IMPORT_FROM, 109, 0, 1) \
  X(JUMP_FORWARD, 110, 0, 1) \
  X(JUMP_IF_FALSE_OR_POP, 111, 0, 1) \
  X(JUMP_IF_TRUE_OR_POP, 112, 0, 1) \
  X(POP_JUMP_FORWARD_IF_FALSE, 114, 0, 1) \
  X(POP_JUMP_FORWARD_IF_TRUE, 115, 0, 1) \
  X(LOAD_GLOBAL, 116, 5, 1) \
  X(IS_OP, 117, 0, 1) \
  X(CONTAINS_OP, 118, 0, 1) \
  X(RERAISE, 119, 0, 1) \
  X(COPY, 120, 0, 1) \
  X(BINARY_OP, 122, 1, 1) \
  X(SEND, 123, 0, 1) \
  X(LOAD_FAST, 124, 0, 1) \
  X(STORE_FAST, 125, 0, 1) \
  X(DELETE_FAST, 126, 0, 1) \
  X(POP_JUMP_FORWARD_IF_NOT_NONE, 128, 0, 1) \
  X(POP_JUMP_FORWARD_IF_NONE, 129, 0, 1) \
  X(RAISE_VARARGS, 130, 0, 1) \
  X(GET_AWAITABLE, 131, 0, 1) \
  X(MAKE_FUNCTION, 132, 0, 1) \
  X(BUILD_SLICE, 133, 0, 1) \
  X(JUMP_BACKWARD_NO_INTERRUPT, 134, 0, 1) \
  X(MAKE_CELL, 135, 0, 1) \
  X(LOAD_CLOSURE, 136, 0, 1) \
  X(LOAD_DEREF, 137, 0, 1) \
  X(STORE_DEREF, 138, 0, 1) \
  X(DELETE_DEREF, 139, 0, 1) \
  X(JUMP_BACKWARD, 140, 0, 1) \
  X(CALL_FUNCTION_EX, 142, 0, 1) \
  X(EXTENDED_ARG, 144, 0, 1) \
  X(LIST_APPEND, 145, 0, 1) \
  X(SET_ADD, 146, 0, 1) \
  X(MAP_ADD, 147, 0, 1) \
  X(LOAD_CLASSDEREF, 148, 0, 1) \
  X(COPY_FREE_VARS, 149, 0, 1) \
  X(RESUME, 151, 0, 1) \
  X(MATCH_CLASS, 152, 0, 1) \
  X(FORMAT_VALUE, 155, 0, 1) \
  X(BUILD_CONST_KEY_MAP, 156, 0, 1) \
  X(BUILD_STRING, 157, 0, 1) \
  X(LOAD_METHOD, 160, 10, 1) \
  X(LIST_EXTEND, 162, 0, 1) \
  X(SET_UPDATE, 163, 0, 1) \
  X(DICT_MERGE, 164, 0, 1) \
  X(DICT_UPDATE, 165, 0, 1) \
  X(PRECALL, 166, 1, 1) \
  X(CALL, 171, 4, 1) \
  X(KW_NAMES, 172, 0, 1) \
  X(POP_JUMP_BACKWARD_IF_NOT_NONE, 173, 0, 1) \
  X(POP_JUMP_BACKWARD_IF_NONE, 174, 0, 1) \
  X(POP_JUMP_BACKWARD_IF_FALSE, 175, 0, 1) \
  X(POP_JUMP_BACKWARD_IF_TRUE, 176, 0, 1)

// The dispatch table in opcode order: L(name) for each of the 256 numbers,
// L(unknown) where CPython 3.11 has no opcode, and moat's own rewrites of
// verified code (below) at numbers CPython leaves free.
#define MOAT_OPCODE_LABELS(L) \
  L(CACHE) L(POP_TOP) L(PUSH_NULL) L(LOAD_FAST_SHARED) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(NOP) L(UNARY_POSITIVE) L(UNARY_NEGATIVE) \
  L(UNARY_NOT) L(unknown) L(unknown) L(UNARY_INVERT) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(BINARY_SUBSCR) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(GET_LEN) L(MATCH_MAPPING) \
  L(MATCH_SEQUENCE) L(MATCH_KEYS) L(unknown) L(PUSH_EXC_INFO) \
  L(CHECK_EXC_MATCH) L(CHECK_EG_MATCH) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(WITH_EXCEPT_START) L(GET_AITER) L(GET_ANEXT) \
  L(BEFORE_ASYNC_WITH) L(BEFORE_WITH) L(END_ASYNC_FOR) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(STORE_SUBSCR) L(DELETE_SUBSCR) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(GET_ITER) L(GET_YIELD_FROM_ITER) L(PRINT_EXPR) L(LOAD_BUILD_CLASS) \
  L(unknown) L(unknown) L(LOAD_ASSERTION_ERROR) L(RETURN_GENERATOR) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(LIST_TO_TUPLE) L(RETURN_VALUE) \
  L(IMPORT_STAR) L(SETUP_ANNOTATIONS) L(YIELD_VALUE) L(ASYNC_GEN_WRAP) \
  L(PREP_RERAISE_STAR) L(POP_EXCEPT) L(STORE_NAME) L(DELETE_NAME) \
  L(UNPACK_SEQUENCE) L(FOR_ITER) L(UNPACK_EX) L(STORE_ATTR) \
  L(DELETE_ATTR) L(STORE_GLOBAL) L(DELETE_GLOBAL) L(SWAP) \
  L(LOAD_CONST) L(LOAD_NAME) L(BUILD_TUPLE) L(BUILD_LIST) \
  L(BUILD_SET) L(BUILD_MAP) L(LOAD_ATTR) L(COMPARE_OP) \
  L(IMPORT_NAME) L(IMPORT_FROM) L(JUMP_FORWARD) L(JUMP_IF_FALSE_OR_POP) \
  L(JUMP_IF_TRUE_OR_POP) L(unknown) L(POP_JUMP_FORWARD_IF_FALSE) L(POP_JUMP_FORWARD_IF_TRUE) \
  L(LOAD_GLOBAL) L(IS_OP) L(CONTAINS_OP) L(RERAISE) \
  L(COPY) L(unknown) L(BINARY_OP) L(SEND) \
  L(LOAD_FAST) L(STORE_FAST) L(DELETE_FAST) L(unknown) \
  L(POP_JUMP_FORWARD_IF_NOT_NONE) L(POP_JUMP_FORWARD_IF_NONE) L(RAISE_VARARGS) L(GET_AWAITABLE) \
  L(MAKE_FUNCTION) L(BUILD_SLICE) L(JUMP_BACKWARD_NO_INTERRUPT) L(MAKE_CELL) \
  L(LOAD_CLOSURE) L(LOAD_DEREF) L(STORE_DEREF) L(DELETE_DEREF) \
  L(JUMP_BACKWARD) L(unknown) L(CALL_FUNCTION_EX) L(unknown) \
  L(EXTENDED_ARG) L(LIST_APPEND) L(SET_ADD) L(MAP_ADD) \
  L(LOAD_CLASSDEREF) L(COPY_FREE_VARS) L(unknown) L(RESUME) \
  L(MATCH_CLASS) L(unknown) L(unknown) L(FORMAT_VALUE) \
  L(BUILD_CONST_KEY_MAP) L(BUILD_STRING) L(unknown) L(unknown) \
  L(LOAD_METHOD) L(unknown) L(LIST_EXTEND) L(SET_UPDATE) \
  L(DICT_MERGE) L(DICT_UPDATE) L(PRECALL) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(CALL) \
  L(KW_NAMES) L(POP_JUMP_BACKWARD_IF_NOT_NONE) L(POP_JUMP_BACKWARD_IF_NONE) L(POP_JUMP_BACKWARD_IF_FALSE) \
  L(POP_JUMP_BACKWARD_IF_TRUE) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown) \
  L(unknown) L(unknown) L(unknown) L(unknown)

namespace moat::vm {

enum Opcode : uint8_t {
#define MOAT_OPCODE_ENUM(name, num, caches, implemented) name = num,
  MOAT_OPCODES(MOAT_OPCODE_ENUM)
#undef MOAT_OPCODE_ENUM
};

// moat's own opcode, never accepted from a code image (kOpcodeInfo has no
// name for it, so the verifier refuses it): the loader rewrites to it the
// loads of a local that in-place string appends own (MarkInPlaceAppends,
// vm/verifier.h). It is LOAD_FAST that also clears the loaded object's
// kObjAppendOwned flag, since the value may now be referenced elsewhere.
inline constexpr uint8_t LOAD_FAST_SHARED = 3;

struct OpcodeInfo {
  const char* name;  // nullptr: not an opcode
  uint8_t cache_entries;
  bool implemented;
};

// Indexed by opcode number.
extern const OpcodeInfo kOpcodeInfo[256];

// Opcodes numbered from here on take an oparg (opcode.HAVE_ARGUMENT); the
// verifier refuses a nonzero oparg on the others.
inline constexpr uint8_t kHaveArgument = 90;
inline constexpr bool HasArgument(uint8_t op) { return op >= kHaveArgument; }

// Opcodes whose oparg is a relative jump, and its direction.
bool IsForwardJump(uint8_t op);
bool IsBackwardJump(uint8_t op);

}  // namespace moat::vm

#endif  // MOAT_VM_OPCODES_H_
