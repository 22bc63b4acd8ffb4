import shlex


def parse(argv, spec):
    opts = {name: default for name, (_, default) in spec.items()}
    positional = []
    it = iter(argv)
    for arg in it:
        if arg == "--":
            positional.extend(it)
            break
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            if name not in spec:
                raise SystemExit(f"unknown option --{name}")
            kind, _ = spec[name]
            if kind is bool:
                opts[name] = True
                continue
            if not eq:
                value = next(it, None)
                if value is None:
                    raise SystemExit(f"--{name} needs a value")
            opts[name] = kind(value)
        else:
            positional.append(arg)
    return opts, positional


SPEC = {"verbose": (bool, False), "count": (int, 1), "name": (str, "world"), "ratio": (float, 0.5)}
for line in [
    "greet --verbose --count 3 file1 'file two'",
    "greet --name=Ada --ratio=0.25 -- --not-an-option",
    "greet --count",
    "greet --colour red",
]:
    argv = shlex.split(line)[1:]
    try:
        opts, pos = parse(argv, SPEC)
        print(opts, pos)
    except SystemExit as e:
        print("exit:", e.code)
print(shlex.join(["echo", "it's", "a b", "$HOME"]), shlex.quote("safe"), shlex.quote(""))
