// Frame layout helpers and the frame arena (see frame.h).
#include "vm/frame.h"

#include <cstdlib>
#include <cstring>

#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/objects/dict.h"
#include "vm/objects/function.h"

namespace moat::vm {

size_t FrameSize(const CodeObject* code) {
  return offsetof(Frame, localsplus) +
         sizeof(Value) * (static_cast<size_t>(code->nlocalsplus) + code->stack_size + 1);
}

void TraceFrame(Frame* frame, GcTracer& tracer) {
  tracer.VisitPtr(frame->code);
  tracer.VisitPtr(frame->function);
  tracer.VisitPtr(frame->globals);
  tracer.VisitPtr(frame->builtins);
  tracer.VisitPtr(frame->locals);
  tracer.VisitPtr(frame->generator);
  for (Value* v = frame->localsplus; v < frame->stack_pointer; ++v) tracer.Visit(*v);
}

namespace {
constexpr size_t kChunkBytes = 256 * 1024;
size_t AlignUp(size_t n) { return (n + 15) & ~size_t{15}; }
}  // namespace

FrameArena::~FrameArena() {
  while (top_ != nullptr) {
    Chunk* prev = top_->previous;
    vm_.heap().FreeBuffer(top_, top_->size);
    top_ = prev;
  }
}

Frame* FrameArena::Push(size_t bytes) {
  // Each frame is preceded by its own size so Pop can rewind.
  size_t need = AlignUp(bytes) + 16;
  if (top_ == nullptr || top_->size - offsetof(Chunk, data) - top_->used < need) {
    size_t size = std::max(kChunkBytes, need + offsetof(Chunk, data));
    Chunk* chunk = static_cast<Chunk*>(vm_.AllocBuffer(size));
    if (chunk == nullptr) return nullptr;
    chunk->previous = top_;
    chunk->size = size;
    chunk->used = 0;
    top_ = chunk;
  }
  unsigned char* p = top_->data + top_->used;
  *reinterpret_cast<size_t*>(p) = need;
  top_->used += need;
  Frame* f = reinterpret_cast<Frame*>(p + 16);
  return f;
}

void FrameArena::Pop(Frame* frame) {
  unsigned char* p = reinterpret_cast<unsigned char*>(frame) - 16;
  size_t need = *reinterpret_cast<size_t*>(p);
  top_->used -= need;
  if (top_->used == 0 && top_->previous != nullptr) {
    Chunk* prev = top_->previous;
    vm_.heap().FreeBuffer(top_, top_->size);
    top_ = prev;
  }
}

}  // namespace moat::vm
