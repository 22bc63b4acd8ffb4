from enum import Enum, unique


@unique
class Cmd(Enum):
    ADD = "a"
    LIST = "l"
    QUIT = "q"

    @classmethod
    def parse(cls, s):
        try:
            return cls(s.strip().lower()[:1])
        except ValueError:
            raise ValueError(f"unknown command {s!r}; choose from {', '.join(c.value for c in cls)}") from None


items = []
for line in ["a milk", "add eggs", "l", "x", "", "q", "a never"]:
    try:
        cmd = Cmd.parse(line)
    except ValueError as e:
        print("error:", e)
        continue
    if cmd is Cmd.ADD:
        items.append(line.split(maxsplit=1)[1])
        print("added", items[-1])
    elif cmd is Cmd.LIST:
        print("items:", items)
    elif cmd is Cmd.QUIT:
        print("bye")
        break
print(Cmd.ADD.name, Cmd("l"), [c.name for c in Cmd])
