# A command loop driven by a scripted list of inputs.
commands = ["add milk", "add eggs", "list", "remove bread", "remove milk", "add", "list", "clear",
            "list", "quit", "add never"]
shopping = []
for line in commands:
    cmd, _, arg = line.partition(" ")
    if cmd == "quit":
        print("bye")
        break
    elif cmd == "add":
        if not arg:
            print("error: nothing to add")
            continue
        shopping.append(arg)
        print("added", arg)
    elif cmd == "remove":
        if arg in shopping:
            shopping.remove(arg)
            print("removed", arg)
        else:
            print("error:", arg, "not in list")
    elif cmd == "list":
        print("list:", ", ".join(shopping) if shopping else "(empty)")
    elif cmd == "clear":
        shopping.clear()
    else:
        print("unknown command", cmd)
print("final", shopping)
