// Tests for vm/objects/weakref.h and the collector's part (vm/gc.cc
// ClearWeakRefs): the order of a referent's list (CPython's tp_weaklist),
// the heap's bookkeeping of it, and what a collection clears, unlinks and
// hands to finalization.
#include "vm/objects/weakref.h"

#include <gtest/gtest.h>

#include <vector>

#include "tests/util/pending_error.h"
#include "vm/gc.h"
#include "vm/heap.h"
#include "vm/interp.h"
#include "vm/objects/list.h"
#include "vm/objects/set.h"

namespace moat::vm {
namespace {

class WeakRefTest : public ::testing::Test {
 protected:
  WeakRefTest() : vm_(Interp::Options{}) { InitWeakRefTypes(); }

  // The references on `o`'s list, head first.
  std::vector<Value> ListOf(Value o) {
    std::vector<Value> out;
    for (WeakRefObject* w = WeakRefHead(vm_, o.object()); w != nullptr; w = w->next) {
      out.push_back(Value::FromObject(w));
    }
    return out;
  }

  Interp vm_;
};

// The shared callback-less ref first, then the shared proxy, then the
// others newest first; the shared ones are handed out again.
TEST_F(WeakRefTest, ListOrderIsCPythons) {
  Value s = Value::FromObject(NewSet(vm_));
  Value cb = Value::FromObject(NewSet(vm_));  // never called here
  RootScope roots(vm_);
  roots.Add(&s);
  roots.Add(&cb);
  Value cb1 = NewWeakRef(vm_, &kWeakRefType, s, cb);
  Value basic = NewWeakRef(vm_, &kWeakRefType, s, Value::None());
  Value proxy = NewWeakProxy(vm_, s, Value::Null(), false);
  Value cb2 = NewWeakRef(vm_, &kWeakRefType, s, cb);
  roots.Add(&cb1);
  roots.Add(&basic);
  roots.Add(&proxy);
  roots.Add(&cb2);
  EXPECT_EQ(NewWeakRef(vm_, &kWeakRefType, s, Value::Null()), basic);
  EXPECT_EQ(NewWeakProxy(vm_, s, Value::None(), false), proxy);
  EXPECT_EQ(ListOf(s), (std::vector<Value>{basic, proxy, cb2, cb1}));
  EXPECT_NE(s.object()->gc_flags & kObjHasWeakRefs, 0u);
  EXPECT_EQ(vm_.heap().weak_lists().size(), 1u);
  EXPECT_EQ(vm_.heap().live_finalizables(), 1u);
  EXPECT_EQ(vm_.heap().prompt_finalizables(), 1u);
}

TEST_F(WeakRefTest, RefusesWhatCPythonRefuses) {
  Value l = Value::FromObject(NewList(vm_));
  EXPECT_TRUE(NewWeakRef(vm_, &kWeakRefType, l, Value::Null()).is_null());
  EXPECT_EQ(TakePendingError(vm_), "TypeError: cannot create weak reference to 'list' object");
  EXPECT_TRUE(NewWeakProxy(vm_, Value::SmallInt(1), Value::Null(), false).is_null());
  EXPECT_EQ(TakePendingError(vm_), "TypeError: cannot create weak reference to 'int' object");
  EXPECT_TRUE(vm_.heap().weak_lists().empty());
}

// An unreachable reference leaves its live referent's list; the list's
// entry and its charge go with the last one.
TEST_F(WeakRefTest, CollectionUnlinksUnreachableReferences) {
  Value s = Value::FromObject(NewSet(vm_));
  RootScope roots(vm_);
  roots.Add(&s);
  size_t before = vm_.heap().bytes_in_use();
  Value kept = NewWeakRef(vm_, &kWeakRefType, s, Value::Null());
  roots.Add(&kept);
  NewWeakRef(vm_, &kWeakRefType, s, Value::FromObject(NewSet(vm_)));  // garbage
  vm_.CollectGarbage();
  EXPECT_EQ(ListOf(s), std::vector<Value>{kept});
  EXPECT_EQ(As<WeakRefObject>(kept)->referent, s.object());
  kept = Value::None();
  vm_.CollectGarbage();
  EXPECT_TRUE(vm_.heap().weak_lists().empty());
  EXPECT_EQ(s.object()->gc_flags & kObjHasWeakRefs, 0u);
  EXPECT_EQ(vm_.heap().live_finalizables(), 0u);
  EXPECT_EQ(vm_.heap().bytes_in_use(), before);
}

// An unreachable referent's references are cleared; a live one with a
// callback is handed to finalization (the pending list of a regular
// collection), the callback still set and due.
TEST_F(WeakRefTest, CollectionClearsAndQueuesCallbacks) {
  Value cb = Value::FromObject(NewSet(vm_));
  Value plain = Value::Null();
  Value called = Value::Null();
  RootScope roots(vm_);
  roots.Add(&cb);
  roots.Add(&plain);
  roots.Add(&called);
  {
    Value s = Value::FromObject(NewSet(vm_));
    RootScope inner(vm_);
    inner.Add(&s);
    plain = NewWeakRef(vm_, &kWeakRefType, s, Value::Null());
    called = NewWeakRef(vm_, &kWeakRefType, s, cb);
  }
  vm_.CollectGarbage();
  EXPECT_EQ(As<WeakRefObject>(plain)->referent, nullptr);
  EXPECT_EQ(As<WeakRefObject>(called)->referent, nullptr);
  EXPECT_TRUE(vm_.heap().weak_lists().empty());
  EXPECT_EQ(vm_.pending_finalizers(), std::vector<Value>{called});
  EXPECT_TRUE(As<WeakRefObject>(called)->callback_due);
  EXPECT_EQ(As<WeakRefObject>(called)->callback, cb);
  EXPECT_FALSE(As<WeakRefObject>(plain)->callback_due);
  vm_.pending_finalizers().clear();
}

}  // namespace
}  // namespace moat::vm
