todos = []
done = set()
while True:
    try:
        line = input("todo> ")
    except EOFError:
        print("\nbye")
        break
    cmd, _, arg = line.strip().partition(" ")
    if cmd == "add":
        todos.append(arg)
        print(f"added #{len(todos)}: {arg}")
    elif cmd == "done":
        try:
            idx = int(arg) - 1
            todos[idx]
        except (ValueError, IndexError):
            print(f"no such item: {arg!r}")
            continue
        done.add(idx)
        print(f"completed {todos[idx]!r}")
    elif cmd == "list":
        for i, t in enumerate(todos):
            print(f"  [{'x' if i in done else ' '}] {i + 1}. {t}")
    elif cmd == "quit":
        print("quitting")
        break
    elif cmd:
        print(f"unknown command {cmd!r}")
print(f"{len(done)}/{len(todos)} done")
