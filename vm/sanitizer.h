// Whether this build runs under AddressSanitizer (MOAT_SANITIZE, or a
// fuzzing build): GCC says so with __SANITIZE_ADDRESS__, clang through
// __has_feature. Its C++ frames are several times larger and its pool
// blocks are poisoned, so the few places that care test MOAT_ASAN.
#ifndef MOAT_VM_SANITIZER_H_
#define MOAT_VM_SANITIZER_H_

#if defined(__SANITIZE_ADDRESS__)
#define MOAT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MOAT_ASAN 1
#endif
#endif

#endif  // MOAT_VM_SANITIZER_H_
