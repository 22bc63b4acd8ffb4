import sys


def main(argv):
    commands = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
    results = []
    for spec in argv:
        name, _, rest = spec.partition(":")
        if name not in commands:
            sys.exit(f"error: unknown command {name!r} (choose from {', '.join(sorted(commands))})")
        a, b = map(int, rest.split(","))
        results.append(commands[name](a, b))
        print(spec, "=", results[-1])
    return 0


main(["add:1,2", "mul:3,4"])
main(["add:5,5", "div:1,2"])
