import shlex


def execute(line, fs):
    match shlex.split(line):
        case []:
            return ""
        case ["ls"]:
            return " ".join(sorted(fs)) or "(empty)"
        case ["ls", "-l"]:
            return "\n".join(f"{len(v):>5} {k}" for k, v in sorted(fs.items()))
        case ["cat", *names] if names:
            missing = [n for n in names if n not in fs]
            if missing:
                return f"cat: {missing[0]}: No such file"
            return "".join(fs[n] for n in names)
        case ["echo", *words, ">", target]:
            fs[target] = " ".join(words) + "\n"
            return f"wrote {target}"
        case ["echo", *words, ">>", target]:
            fs[target] = fs.get(target, "") + " ".join(words) + "\n"
            return f"appended {target}"
        case ["echo", *words]:
            return " ".join(words)
        case ["rm", ("-f" | "--force"), *names]:
            for n in names:
                fs.pop(n, None)
            return f"removed {len(names)}"
        case ["rm", name] if name in fs:
            del fs[name]
            return f"removed {name}"
        case ["rm", name]:
            return f"rm: {name}: not found"
        case ["wc", name] if name in fs:
            text = fs[name]
            return f"{text.count(chr(10))} {len(text.split())} {len(text)} {name}"
        case [cmd, *_]:
            return f"{cmd}: command not found"


fs = {}
for line in ['echo hello world > a.txt', 'echo "second line" >> a.txt', "cat a.txt", "ls", "ls -l",
             "wc a.txt", "echo 'quoted > not redirect'", "cat a.txt b.txt", "echo x > b.txt",
             "cat b.txt a.txt", "rm nope", "rm -f a.txt nope", "ls", "frob --now", ""]:
    print(f"$ {line}")
    out = execute(line, fs)
    if out:
        print(out.rstrip("\n"))
