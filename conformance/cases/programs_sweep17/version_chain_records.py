# Version history kept as immutable records that point at their parent:
# namedtuples and frozen dataclasses nest one level per version, so repr,
# hashing and equality recurse through the whole chain.
from collections import namedtuple
from dataclasses import dataclass
from typing import Optional

Version = namedtuple("Version", "number note parent")

@dataclass(frozen=True)
class Commit:
    sha: str
    parent: Optional["Commit"] = None

def history(n):
    v = None
    for i in range(1, n + 1):
        v = Version(i, f"v{i}", v)
    return v

def commits(n):
    c = None
    for i in range(1, n + 1):
        c = Commit(f"{i * 2654435761 % 2**32:08x}", c)
    return c

def walk(v):
    while v is not None:
        yield v
        v = v.parent

h = history(5)
print(h)
print([v.number for v in walk(h)], h._replace(note="head")[:2], h.parent.parent.note)
long = history(420)
text = repr(long)
print(len(text), text[:48], text[-12:], text.count("Version("))
print(long == history(420), long == history(419), len(list(walk(long))))
try:
    repr(history(900))
except RecursionError as exc:
    print("repr(history(900)):", exc)

c = commits(3)
print(c, hash(c) == hash(commits(3)), {c: "tip"}[commits(3)])
tip = commits(300)
seen = {tip: 300}
print(len(seen), hash(tip) == hash(commits(300)), tip == commits(300))
for n in (800,):
    try:
        hash(commits(n))
    except RecursionError as exc:
        print(f"hash(commits({n})):", exc)
    try:
        commits(n) == commits(n)
    except RecursionError as exc:
        print(f"commits({n}) == commits({n}):", exc)
    try:
        repr(commits(n))
    except RecursionError as exc:
        print(f"repr(commits({n})):", exc)
