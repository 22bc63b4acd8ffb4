import json

commands = """add Buy milk
add Write report --due 2024-06-01 --tag work
add Call mom --tag family
done 1
add Fix bike --tag home
list
tag 4 urgent
undone 1
remove 3
list --tag work
export""".splitlines()

todos = []
next_id = 1
for line in commands:
    cmd, _, rest = line.partition(" ")
    parts = rest.split(" --")
    arg = parts[0]
    opts = dict(p.split(" ", 1) for p in parts[1:])
    if cmd == "add":
        todos.append({"id": next_id, "title": arg, "done": False, "tags": [opts["tag"]] if "tag" in opts else [], "due": opts.get("due")})
        next_id += 1
    elif cmd in ("done", "undone"):
        next(t for t in todos if t["id"] == int(arg))["done"] = cmd == "done"
    elif cmd == "tag":
        tid, tag = arg.split()
        next(t for t in todos if t["id"] == int(tid))["tags"].append(tag)
    elif cmd == "remove":
        todos = [t for t in todos if t["id"] != int(arg)]
    elif cmd == "list":
        want = opts.get("tag")
        for t in todos:
            if want is None or want in t["tags"]:
                mark = "x" if t["done"] else " "
                due = f" (due {t['due']})" if t["due"] else ""
                print(f"[{mark}] {t['id']}. {t['title']}{due} {' '.join('#' + g for g in t['tags'])}".rstrip())
        print("-" * 20)
    elif cmd == "export":
        print(json.dumps(todos, separators=(",", ":")))
