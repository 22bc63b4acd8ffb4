history = []


def push(cmd):
    history.append(cmd)


def undo():
    last = history[-1]
    del history[-1]
    return last


for c in ["type a", "type b", "delete"]:
    push(c)
print(undo(), undo(), history)
print(undo())
print(undo())
