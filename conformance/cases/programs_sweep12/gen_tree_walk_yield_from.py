TREE = {
    "name": "/",
    "children": [
        {"name": "etc", "children": [{"name": "hosts", "size": 220}, {"name": "passwd", "size": 1800}]},
        {"name": "home", "children": [
            {"name": "ann", "children": [{"name": "notes.txt", "size": 5000},
                                         {"name": "pics", "children": [{"name": "a.jpg", "size": 250000}]}]},
            {"name": "bob", "children": []},
        ]},
        {"name": "README", "size": 42},
    ],
}


def walk(node, path=""):
    here = (path.rstrip("/") + "/" + node["name"]) if path else node["name"]
    if "children" in node:
        yield here, None
        for child in node["children"]:
            yield from walk(child, here)
    else:
        yield here, node["size"]


def du(node):
    if "children" not in node:
        return node["size"]
    return sum(du(c) for c in node["children"])


def depth_first_sizes(node, depth=0):
    total = yield from (x for x in ())
    size = du(node)
    yield "  " * depth + f"{node['name']} ({size:,})"
    for c in node.get("children", []):
        yield from depth_first_sizes(c, depth + 1)
    return total


for path, size in walk(TREE):
    print(f"{path:<28} {'<dir>' if size is None else size}")
print("\n".join(depth_first_sizes(TREE)))
files = [(p, s) for p, s in walk(TREE) if s is not None]
print(max(files, key=lambda f: f[1]), len(files), sum(s for _, s in files) == du(TREE))
