import sys
from dataclasses import dataclass, field


@dataclass
class Todo:
    id: int
    text: str
    done: bool = False
    tags: set = field(default_factory=set)


todos = {}
next_id = 1
for raw in sys.stdin:
    cmd, _, rest = raw.strip().partition(" ")
    if cmd == "add":
        tags = {w[1:] for w in rest.split() if w.startswith("#")}
        text = " ".join(w for w in rest.split() if not w.startswith("#"))
        todos[next_id] = Todo(next_id, text, tags=tags)
        print(f"added {next_id}: {text}")
        next_id += 1
    elif cmd == "done":
        try:
            todos[int(rest)].done = True
            print(f"completed {rest}")
        except (KeyError, ValueError):
            print(f"no such todo: {rest!r}")
    elif cmd == "list":
        for t in todos.values():
            if not rest or rest.lstrip("#") in t.tags:
                print(f"  [{'x' if t.done else ' '}] {t.id} {t.text} {' '.join(sorted('#' + g for g in t.tags))}".rstrip())
    elif cmd:
        print(f"unknown command {cmd!r}")
print(sum(t.done for t in todos.values()), "of", len(todos), "done")
