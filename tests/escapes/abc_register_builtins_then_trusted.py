# abc registration as a lie told to moat's modules: register a script
# class as a virtual Mapping/Sequence/Set, register built-in types with
# the script's own ABCs, give an ABC a __subclasshook__ that accepts
# everything, then hand such objects to moat code that checks the ABC
# (dict(), json, copy, random.choice, collections.Counter, typing). The
# checks only choose a code path; the object is then used through its own
# methods, so the worst outcome is the script's own exception.
# expect-output: isinstance int Anything -> True
# expect-output: isinstance type Anything -> True
# expect-output: dict of liar -> {'a': 'a', 'b': 'b'}
# expect-output: kwargs of liar -> ['a', 'b']
# expect-output: json of liar TypeError Object of type Liar is not JSON serializable
# expect-output: copy of liar -> Liar
# expect-output: choice of liar -> 0
# expect-output: counter of liar -> [('a', 'a'), ('b', 'b')]
# expect-output: chainmap of liar -> zz
# expect-output: register type -> <class 'type'>
# expect-output: isinstance int Mapping -> True
# expect-output: dict of type TypeError 'type' object is not iterable
# expect-output: register subclass hook on builtin -> True
import abc
import collections
import collections.abc
import copy
import json
import random


class Liar:
    def __getitem__(self, key):
        return key

    def __len__(self):
        return 2

    def __iter__(self):
        return iter(["a", "b"])

    def keys(self):
        return ["a", "b"]


collections.abc.Mapping.register(Liar)
collections.abc.Sequence.register(Liar)


class Anything(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True


Anything.register(int)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("isinstance int Anything", lambda: isinstance(1, Anything))
attempt("isinstance type Anything", lambda: isinstance(type, Anything))
attempt("dict of liar", lambda: dict(Liar()))
attempt("kwargs of liar", lambda: (lambda **k: sorted(k))(**Liar()))
attempt("json of liar", lambda: json.dumps(Liar()))
attempt("copy of liar", lambda: type(copy.copy(Liar())).__name__)
attempt("choice of liar", lambda: random.Random(1).choice(Liar()))
attempt("counter of liar", lambda: sorted(collections.Counter(Liar()).items()))
attempt("chainmap of liar", lambda: collections.ChainMap(Liar())["zz"])
attempt("register type", lambda: collections.abc.Mapping.register(type))
attempt("isinstance int Mapping", lambda: isinstance(int, collections.abc.Mapping))
attempt("dict of type", lambda: dict(int))
attempt("register subclass hook on builtin", lambda: issubclass(object, Anything))
