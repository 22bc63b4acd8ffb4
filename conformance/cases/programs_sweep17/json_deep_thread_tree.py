# A discussion-thread exporter: replies nest deeply (a long back-and-forth),
# the thread round-trips through JSON text, and over-deep input is rejected
# with the decoder's RecursionError.
import json

def build_thread(depth):
    node = {"id": depth, "author": f"user{depth % 3}", "text": "last word", "replies": []}
    for i in range(depth - 1, 0, -1):
        node = {"id": i, "author": f"user{i % 3}", "text": f"reply {i}", "replies": [node]}
    return node

def depth_of(node):
    d = 0
    while node["replies"]:
        node = node["replies"][0]
        d += 1
    return d + 1

def authors(node):
    seen = {}
    while True:
        seen[node["author"]] = seen.get(node["author"], 0) + 1
        if not node["replies"]:
            return seen
        node = node["replies"][0]

thread = build_thread(300)
text = json.dumps(thread)
print(len(text), text[:80])
back = json.loads(text)
print(back == thread, depth_of(back), dict(sorted(authors(back).items())))
pretty = json.dumps(thread, indent=1)
print(len(pretty), pretty.count("\n"), pretty.splitlines()[5])
compact = json.dumps(thread, separators=(",", ":"), sort_keys=True)
print(len(compact), compact[-40:])

# Pure nesting of lists, as a tool might emit for a path through a tree.
for depth in (100, 450, 700):
    doc = "[" * depth + "0" + "]" * depth
    value = json.loads(doc)
    levels = 0
    while isinstance(value, list):
        value = value[0]
        levels += 1
    print(depth, levels, value, len(json.dumps(json.loads(doc), indent=2)))
obj_doc = '{"next": ' * 600 + "null" + "}" * 600
parsed = json.loads(obj_doc)
count = 0
while parsed is not None:
    parsed = parsed["next"]
    count += 1
print("object chain", count)

for bad in ["[" * 5000 + "]" * 5000, '{"k": ' * 5000 + "1" + "}" * 5000]:
    try:
        json.loads(bad)
    except RecursionError as exc:
        print("RecursionError:", exc)
deep = []
cur = deep
for _ in range(5000):
    nxt = []
    cur.append(nxt)
    cur = nxt
for kwargs in ({}, {"indent": 2}):
    try:
        json.dumps(deep, **kwargs)
    except RecursionError as exc:
        print("RecursionError:", exc)
