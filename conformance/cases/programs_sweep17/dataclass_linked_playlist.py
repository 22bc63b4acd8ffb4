# A playlist kept as a singly linked list of dataclass nodes: the generated
# __repr__ and __eq__ recurse through the chain, so long playlists print and
# compare until the recursion limit stops them.
from dataclasses import dataclass, field
from typing import Optional

@dataclass
class Track:
    title: str
    seconds: int
    next: Optional["Track"] = field(default=None, repr=True)

@dataclass(order=True)
class Tag:
    name: str
    parent: Optional["Tag"] = None

def build(n, prefix="t"):
    head = None
    for i in range(n, 0, -1):
        head = Track(f"{prefix}{i}", 120 + i % 90, head)
    return head

def length(node):
    count = 0
    while node:
        count += 1
        node = node.next
    return count

def total(node):
    secs = 0
    while node:
        secs += node.seconds
        node = node.next
    return f"{secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d}"

short = build(3)
print(short)
print(length(short), total(short), short == build(3), short == build(3, "x"))

mid = build(250)
text = repr(mid)
print(len(text), text[:60], "...", text[-30:])
print(mid == build(250), length(mid), total(mid))
copy = build(250)
copy.next.next.seconds += 1
print(mid == copy, mid != copy)

long = build(900)
print(length(long), total(long))
try:
    print(len(repr(long)))
except RecursionError as exc:
    print("repr failed:", exc)
try:
    print(long == build(900))
except RecursionError as exc:
    print("eq failed:", exc)

root = Tag("music")
rock = Tag("rock", root)
punk = Tag("punk", rock)
print(punk, punk > rock, sorted([punk, rock, root, Tag("jazz", root)]))
deep = root
for i in range(200):
    deep = Tag(f"sub{i}", deep)
print(deep < Tag(f"sub199", deep.parent), deep == Tag("sub199", deep.parent))
