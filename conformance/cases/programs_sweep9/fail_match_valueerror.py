def parse(cmd):
    match cmd.split():
        case ["go", direction]:
            return ("go", direction)
        case ["take", *items] if items:
            return ("take", items)
        case ["quit"]:
            return ("quit",)
        case other:
            raise ValueError(f"unknown command: {' '.join(other)!r}")

for c in ["go north", "take lamp key", "quit"]:
    print(parse(c))
print(parse("dance wildly"))
