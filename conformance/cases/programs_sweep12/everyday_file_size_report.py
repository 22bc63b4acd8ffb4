files = {
    "src/main.py": 12_400, "src/utils.py": 3_210, "src/models/user.py": 8_800, "src/models/order.py": 9_950,
    "tests/test_main.py": 4_100, "docs/guide.md": 51_000, "docs/img/logo.png": 210_500,
    "README.md": 2_048, "data/dump.sql": 73_400_000, ".gitignore": 120,
}


def human(n):
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024


def dir_of(path):
    return path.rsplit("/", 1)[0] if "/" in path else "."


totals = {}
for path, size in files.items():
    d = dir_of(path)
    while True:
        totals[d] = totals.get(d, 0) + size
        if d == ".":
            break
        d = dir_of(d)
for d in sorted(totals, key=lambda d: (d.count("/"), d)):
    depth = 0 if d == "." else d.count("/") + 1
    print(f"{'  ' * depth}{d.rsplit('/', 1)[-1] + '/':<14}{human(totals[d]):>10}")
ext = {}
for path, size in files.items():
    e = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1][1:] else "(none)"
    ext[e] = ext.get(e, 0) + size
total = sum(files.values())
for e, s in sorted(ext.items(), key=lambda kv: -kv[1]):
    print(f"{e:<8}{s / total:>8.2%}")
print(human(total), human(1023), human(1024), human(10 ** 12))
