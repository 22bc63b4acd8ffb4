def walk(node):
    return walk(node.get("next", node))

walk({"id": 1})
