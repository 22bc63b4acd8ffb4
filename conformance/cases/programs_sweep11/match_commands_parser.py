def run(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *rest]:
            return f"bad direction {rest}"
        case ["take", item, *more] if more:
            return f"take {item} and {len(more)} more"
        case ["take", item]:
            return f"take {item}"
        case ["say", *words]:
            return " ".join(words).capitalize()
        case [verb, *_] if verb.isdigit():
            return f"number {int(verb)}"
        case _:
            return f"unknown {cmd!r}"


for c in ["", "go north", "go up there", "take lamp", "take a b c", "say hi there", "42 x", "dance"]:
    print(run(c))
