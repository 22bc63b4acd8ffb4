// The load_verify harness's custom mutator (libFuzzer builds only). Byte
// mutations of a serialized image mostly break its framing, so the reader
// refuses them and the verifier behind it is barely reached. Half the time
// this mutator instead decodes the image, changes one field of one code
// object (the top level or one nested in its constants: an instruction, a
// jump or index operand, the stack size, the exception table, a constant's
// kind, a local's kind, the flags) and encodes it again, so the result is
// well-formed bytes whose code the verifier must judge.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "moat/code_image.h"
#include "vm/code_image_bytes.h"
#include "vm/opcodes.h"

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

namespace {

using Rng = std::minstd_rand;

size_t Below(Rng& rng, size_t n) { return n == 0 ? 0 : rng() % n; }

// An opcode moat implements, so most changed instructions pass the
// whitelist and test the checks behind it.
uint8_t ImplementedOpcode(Rng& rng) {
  for (;;) {
    uint8_t op = static_cast<uint8_t>(rng());
    if (moat::vm::kOpcodeInfo[op].name != nullptr && moat::vm::kOpcodeInfo[op].implemented) {
      return op;
    }
  }
}

void MutateBytes(std::vector<uint8_t>* bytes) {
  size_t size = bytes->size();
  bytes->resize(size + 8);
  bytes->resize(LLVMFuzzerMutate(bytes->data(), size, bytes->size()));
}

void MutateFields(moat::CodeImage* code, Rng& rng) {
  switch (Below(rng, 9)) {
    case 0:  // an instruction's opcode
      if (!code->code.empty()) {
        uint16_t& word = code->code[Below(rng, code->code.size())];
        word = static_cast<uint16_t>((word & 0xff00) | ImplementedOpcode(rng));
      }
      break;
    case 1:  // an operand: small changes and arbitrary bytes
      if (!code->code.empty()) {
        uint16_t& word = code->code[Below(rng, code->code.size())];
        uint8_t arg = static_cast<uint8_t>(word >> 8);
        arg = rng() % 2 ? static_cast<uint8_t>(arg + 1 - 2 * Below(rng, 2))
                        : static_cast<uint8_t>(rng());
        word = static_cast<uint16_t>((word & 0xff) | (arg << 8));
      }
      break;
    case 2:  // an instruction copied over another
      if (!code->code.empty()) {
        code->code[Below(rng, code->code.size())] = code->code[Below(rng, code->code.size())];
      }
      break;
    case 3:
      code->stack_size += static_cast<int32_t>(Below(rng, 5)) - 2;
      break;
    case 4:
      MutateBytes(&code->exception_table);
      break;
    case 5:  // a constant changes kind, keeping its fields
      if (!code->consts.empty()) {
        moat::Constant& c = code->consts[Below(rng, code->consts.size())];
        auto kind = static_cast<moat::Constant::Kind>(
            Below(rng, static_cast<size_t>(moat::Constant::Kind::kEllipsis) + 1));
        // The writer (trusted side) requires a code object behind kCode.
        if (kind != moat::Constant::Kind::kCode || c.code != nullptr) c.kind = kind;
      }
      break;
    case 6:  // two constants swap
      if (code->consts.size() > 1) {
        std::swap(code->consts[Below(rng, code->consts.size())],
                  code->consts[Below(rng, code->consts.size())]);
      }
      break;
    case 7:  // a local becomes a cell, a free variable, an argument...
      if (!code->localsplus_kinds.empty()) {
        code->localsplus_kinds[Below(rng, code->localsplus_kinds.size())] ^=
            static_cast<uint8_t>(1u << Below(rng, 8));
      }
      break;
    default:  // a flag (generator, varargs, ...) or an argument count
      if (rng() % 2) {
        code->flags ^= 1 << Below(rng, 10);
      } else {
        code->arg_count += static_cast<int32_t>(Below(rng, 3)) - 1;
      }
      break;
  }
}

// Mutates a copy of *slot (or of a code object nested in it), leaving the
// shared original alone.
void MutateCode(std::shared_ptr<const moat::CodeImage>* slot, Rng& rng, int depth) {
  auto copy = std::make_shared<moat::CodeImage>(**slot);
  std::vector<moat::Constant*> nested;
  for (moat::Constant& c : copy->consts) {
    if (c.kind == moat::Constant::Kind::kCode && c.code != nullptr) nested.push_back(&c);
  }
  if (!nested.empty() && depth < 8 && rng() % 2) {
    MutateCode(&nested[Below(rng, nested.size())]->code, rng, depth + 1);
  } else {
    MutateFields(copy.get(), rng);
  }
  *slot = std::move(copy);
}

}  // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size,
                                          unsigned int seed) {
  Rng rng(seed);
  if (rng() % 2) return LLVMFuzzerMutate(data, size, max_size);
  absl::StatusOr<moat::CompiledModule> module = moat::vm::CompiledModuleFromBytes(
      std::string_view(reinterpret_cast<const char*>(data), size));
  if (!module.ok() || module->code == nullptr) return LLVMFuzzerMutate(data, size, max_size);
  MutateCode(&module->code, rng, 0);
  std::string bytes = moat::vm::CompiledModuleToBytes(*module);
  if (bytes.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, bytes.data(), bytes.size());
  return bytes.size();
}
