// Coroutines, async generators and the objects of the await protocol.
//
// A coroutine (`async def`) and an async generator (`async def` with
// `yield`) are GeneratorObjects of kCoroutineType and kAsyncGeneratorType
// (vm/objects/generator.h): the same frame-owning object, resumed by the
// same engine (GeneratorSendEx, GeneratorThrowEx, GeneratorClose), which
// takes its messages and its PEP 479 / PEP 525 rules from the type, as
// CPython 3.11's Objects/genobject.c does. `await x` compiles to
// GET_AWAITABLE then the SEND/YIELD_VALUE loop of `yield from`: each await
// level resumes the one below with a nested RunFrame, guarded by
// NativeDepthGuard, so a deep await chain ends in RecursionError.
//
// The other types here are CPython's helpers of the protocol:
//   - coroutine_wrapper: what `coro.__await__()` returns (an iterator
//     driving the coroutine).
//   - async_generator_asend / async_generator_athrow: the awaitables of
//     `agen.__anext__()`/`asend(v)` and `athrow(...)`/`aclose()`. An async
//     generator's `yield v` yields an async_generator_wrapped_value
//     (ASYNC_GEN_WRAP), which they turn into StopIteration(v); any other
//     value it yields comes from an `await` inside it and passes through to
//     the driver. The wrapped value never reaches a script: only these
//     awaitables and close() resume an async generator, and the verifier
//     allows ASYNC_GEN_WRAP only right before YIELD_VALUE in async
//     generator code.
//   - anext_awaitable: `anext(it, default)`.
//
// Introspection (docs/SECURITY.md): cr_frame, cr_code, ag_frame, ag_code
// are refused as gi_frame and gi_code are; cr_await and ag_await, which
// hand out the awaited object, are refused as gi_yieldfrom is; cr_origin is
// None (CPython's default: origin tracking is off and cannot be turned on).
//
// Hazards: everything that resumes a coroutine runs Python code, may raise
// and may collect.
#ifndef MOAT_VM_OBJECTS_COROUTINE_H_
#define MOAT_VM_OBJECTS_COROUTINE_H_

#include "vm/interp.h"
#include "vm/object.h"
#include "vm/objects/generator.h"

namespace moat::vm {

extern TypeObject kCoroutineWrapperType;
extern TypeObject kAsyncGenASendType;
extern TypeObject kAsyncGenAThrowType;
extern TypeObject kAsyncGenWrappedValueType;
extern TypeObject kANextAwaitableType;

// ASYNC_GEN_WRAP: the value an async generator's `yield` hands its
// awaitable. nullptr with MemoryError pending.
Value WrapAsyncGenValue(Interp& vm, Value v);

// _PyCoro_GetAwaitableIter: the iterator `await o` drives. Null with
// TypeError pending when `o` is not awaitable (CPython's texts). Runs
// Python code (__await__).
Value GetAwaitableIter(Interp& vm, Value o);

// GET_AWAITABLE(where): GetAwaitableIter with the texts of `async with`
// (where 1: __aenter__, 2: __aexit__), and "coroutine is being awaited
// already" for a coroutine that is. Runs Python code.
Value GetAwaitable(Interp& vm, Value o, int where);

// GET_AITER: `o.__aiter__()`, checked to have __anext__. Runs Python code.
Value GetAIter(Interp& vm, Value o);

// GET_ANEXT: the awaitable of the next step of an `async for` over
// `aiter`. Runs Python code.
Value GetANext(Interp& vm, Value aiter);

// aiter(o) and anext(it[, default]) (`dflt` Null when not given). Run
// Python code.
Value BuiltinAIter(Interp& vm, Value o);
Value BuiltinANext(Interp& vm, Value it, Value dflt);

// Whether `o` is a coroutine for `await` and `yield from`: a coroutine, or
// a generator marked by types.coroutine.
bool IsAwaitableCoroutine(Value o);

void InitCoroutineTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_COROUTINE_H_
