// Test helper: runs a function on a new thread with a stack of a given
// size. Unit tests of native recursion use it to choose the stack they
// meet (small, to prove a guard holds; large, for what moat's own CLI
// gives a sanitizer build, whose frames are several times bigger).
#ifndef MOAT_TESTS_UTIL_RUN_ON_THREAD_H_
#define MOAT_TESTS_UTIL_RUN_ON_THREAD_H_

#include <pthread.h>

#include <cstddef>
#include <functional>

#include <gtest/gtest.h>

namespace moat::testing_util {

// Runs `fn` on a new thread whose stack is `stack_bytes`, and waits for it.
inline void RunOnThread(size_t stack_bytes, const std::function<void()>& fn) {
  pthread_attr_t attr;
  ASSERT_EQ(pthread_attr_init(&attr), 0);
  ASSERT_EQ(pthread_attr_setstacksize(&attr, stack_bytes), 0);
  pthread_t thread;
  auto trampoline = [](void* arg) -> void* {
    (*static_cast<const std::function<void()>*>(arg))();
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&thread, &attr, trampoline, const_cast<std::function<void()>*>(&fn)),
            0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}

}  // namespace moat::testing_util

#endif  // MOAT_TESTS_UTIL_RUN_ON_THREAD_H_
