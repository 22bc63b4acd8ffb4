import shlex


def parse_command(line):
    try:
        parts = shlex.split(line, comments=True)
    except ValueError as e:
        return f"error: {e}"
    if not parts:
        return "empty"
    cmd, *args = parts
    opts = {}
    pos = []
    i = 0
    while i < len(args):
        a = args[i]
        if a.startswith("--"):
            k, eq, v = a[2:].partition("=")
            if not eq:
                v = args[i + 1] if i + 1 < len(args) and not args[i + 1].startswith("-") else True
                if v is not True:
                    i += 1
            opts[k] = v
        elif a.startswith("-") and len(a) > 1:
            for ch in a[1:]:
                opts[ch] = True
        else:
            pos.append(a)
        i += 1
    return cmd, pos, opts


for line in ['cp -rv "my file.txt" dest/', "grep --color=auto -n pattern  # comment", "run --count 3 --dry x",
             "echo 'unterminated", "", "ls -- -weird", 'say "a \\"quoted\\" word"']:
    print(repr(line), "->", parse_command(line))
print(shlex.quote(""), shlex.quote("safe"), shlex.quote("a b;rm"), shlex.join(["x", "y z"]))
