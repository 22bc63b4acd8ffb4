# A script replaces the item methods of enum._EnumDict (as it may in
# CPython), so every STORE_NAME, LOAD_NAME, LOAD_CLASSDEREF, DELETE_NAME
# and SETUP_ANNOTATIONS of an enum class body runs its code: raising
# (KeyError falls through to globals, anything else propagates), recursing
# to the limit, swallowing the binding, clearing the namespace, making
# garbage for the collector mid-binding, keeping the namespace to change
# after the class exists, raising KeyboardInterrupt from __delitem__ (a
# NameError, as in CPython) and dropping __classcell__ (CPython's
# RuntimeError). Every outcome matches CPython; none crashes the VM.
# expect-output: store_raises LookupError store B
# expect-output: store_recursion ok RecursionError
# expect-output: store_swallows ok <enum 'E'>
# expect-output: load_raises_other ZeroDivisionError load __name__
# expect-output: load_keyerror_falls_to_globals KeyError '_ignore_'
# expect-output: classderef_raises RuntimeError deref x
# expect-output: classderef_keyerror KeyError '_ignore_'
# expect-output: delete_raises NameError name 'A' is not defined
# expect-output: delete_base_exception NameError name 'A' is not defined
# expect-output: annotations_get_raises OSError ann
# expect-output: annotations_set_raises OSError ann set
# expect-output: annotations_replaced TypeError 'int' object does not support item assignment
# expect-output: garbage_in_store ok [[1, 2], (3, 4), 'xxxxxxxxxx']
# expect-output: store_clears_namespace KeyError 'A'
# expect-output: keep_namespace_and_mutate_after ok ([<E.A: 1>], 1)
# expect-output: store_deletes_cell RuntimeError __class__ not set defining 'E' as <enum 'E'>. Was __classcell__ propagated to type.__new__?
import enum
from enum import Enum

orig_set = enum._EnumDict.__setitem__
orig_get = enum._EnumDict.__getitem__
orig_del = enum._EnumDict.__delitem__
log = []


def attempt(label, body):
    try:
        r = body()
        print(label, 'ok', r)
    except BaseException as e:
        print(label, type(e).__name__, str(e)[:120])
    finally:
        enum._EnumDict.__setitem__ = orig_set
        enum._EnumDict.__getitem__ = orig_get
        enum._EnumDict.__delitem__ = orig_del


def store_raises():
    def spy(self, k, v):
        if k == 'B':
            raise LookupError('store ' + k)
        orig_set(self, k, v)
    enum._EnumDict.__setitem__ = spy

    class E(Enum):
        A = 1
        B = 2
    return E


def store_recursion():
    def spy(self, k, v):
        self[k] = v
    enum._EnumDict.__setitem__ = spy

    try:
        class E(Enum):
            A = 1
    except RecursionError:
        return 'RecursionError'
    return E


def store_swallows():
    def spy(self, k, v):
        pass
    enum._EnumDict.__setitem__ = spy

    class E(Enum):
        A = 1
    return E


def load_raises_other():
    def spy(self, k):
        raise ZeroDivisionError('load ' + k)
    enum._EnumDict.__getitem__ = spy

    class E(Enum):
        A = 1
        B = A
    return E


def load_keyerror_falls_to_globals():
    def spy(self, k):
        raise KeyError(k)
    enum._EnumDict.__getitem__ = spy
    G = 5

    class E(Enum):
        A = 1
        B = len('xy')
    return list(E)


def classderef_raises():
    x = 10

    def spy(self, k):
        if k == 'x':
            raise RuntimeError('deref ' + k)
        return orig_get(self, k)
    enum._EnumDict.__getitem__ = spy

    class E(Enum):
        A = x
    return E


def classderef_keyerror():
    x = 10

    def spy(self, k):
        raise KeyError(k)
    enum._EnumDict.__getitem__ = spy

    class E(Enum):
        A = x
    return list(E)


def delete_raises():
    def spy(self, k):
        raise ValueError('del ' + k)
    enum._EnumDict.__delitem__ = spy

    class E(Enum):
        A = 1
        del A
    return E


def delete_base_exception():
    def spy(self, k):
        raise KeyboardInterrupt('del ' + k)
    enum._EnumDict.__delitem__ = spy

    class E(Enum):
        A = 1
        del A
    return E


def annotations_get_raises():
    def spy(self, k):
        if k == '__annotations__':
            raise OSError('ann')
        return orig_get(self, k)
    enum._EnumDict.__getitem__ = spy

    class E(Enum):
        A: int = 1
    return E


def annotations_set_raises():
    def spy(self, k, v):
        if k == '__annotations__':
            raise OSError('ann set')
        orig_set(self, k, v)
    enum._EnumDict.__setitem__ = spy

    class E(Enum):
        A: int = 1
    return E


def annotations_replaced():
    def spy(self, k):
        if k == '__annotations__':
            return 42
        return orig_get(self, k)
    enum._EnumDict.__getitem__ = spy

    class E(Enum):
        A: int = 1
    return E


def garbage_in_store():
    def spy(self, k, v):
        junk = []
        for i in range(2000):
            a = [i]
            a.append(a)
            junk.append({i: a})
        del junk
        orig_set(self, k, v)
    enum._EnumDict.__setitem__ = spy

    class E(Enum):
        A = [1, 2]
        B = (3, 4)
        C = 'x' * 10
    return [m.value for m in E]


def store_clears_namespace():
    def spy(self, k, v):
        orig_set(self, k, v)
        if k == 'B':
            dict.clear(self)
    enum._EnumDict.__setitem__ = spy

    class E(Enum):
        A = 1
        B = 2
        C = 3
    return E


def keep_namespace_and_mutate_after():
    kept = []

    def spy(self, k, v):
        kept.append(self)
        orig_set(self, k, v)
    enum._EnumDict.__setitem__ = spy

    class E(Enum):
        A = 1
    enum._EnumDict.__setitem__ = orig_set
    ns = kept[0]
    dict.__setitem__(ns, 'B', 2)
    dict.clear(ns)
    return list(E), E.A.value


def store_deletes_cell():
    def spy(self, k, v):
        if k == '__classcell__':
            return
        orig_set(self, k, v)
    enum._EnumDict.__setitem__ = spy

    class E(Enum):
        A = 1

        def who(self):
            return __class__
    return E.A.who()


for f in [store_raises, store_recursion, store_swallows, load_raises_other,
          load_keyerror_falls_to_globals, classderef_raises, classderef_keyerror,
          delete_raises, delete_base_exception, annotations_get_raises,
          annotations_set_raises, annotations_replaced, garbage_in_store,
          store_clears_namespace, keep_namespace_and_mutate_after, store_deletes_cell]:
    attempt(f.__name__, f)
