# A tiny shell: commands parsed with split() and dispatched with match.
files = {"a.txt": "hello", "b.txt": "world"}


def run(line):
    match line.split():
        case []:
            return ""
        case ["ls"]:
            return " ".join(sorted(files))
        case ["cat", *names] if names:
            missing = [n for n in names if n not in files]
            if missing:
                return f"cat: {missing[0]}: no such file"
            return "".join(files[n] for n in names)
        case ["cp", src, dst] if src in files:
            files[dst] = files[src]
            return f"copied {src} -> {dst}"
        case ["cp", src, _]:
            return f"cp: {src}: no such file"
        case ["rm", ("-f" | "--force"), name]:
            files.pop(name, None)
            return f"removed {name}"
        case ["rm", name]:
            return f"removed {name}" if files.pop(name, None) is not None else f"rm: {name}: missing"
        case ["echo", *words]:
            return " ".join(words)
        case [cmd, *_]:
            return f"{cmd}: command not found"


for line in ["ls", "cat a.txt b.txt", "cat a.txt z", "cp a.txt c.txt", "cp q r",
             "rm -f nothing", "rm b.txt", "rm b.txt", "echo hi  there", "", "ls", "frobnicate x"]:
    print(f"$ {line:18} {run(line)}")
