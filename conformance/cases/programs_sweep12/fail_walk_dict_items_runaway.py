def count_leaves(tree):
    total = 0
    for key, child in tree.items():
        if isinstance(child, dict):
            total += count_leaves(child)
        else:
            total += 1
    return total


config = {"db": {"host": "h", "port": 5432}, "cache": {"ttl": 30, "nodes": {"a": 1, "b": 2}}, "debug": False}
print("leaves:", count_leaves(config))
config["cache"]["parent"] = config
print("leaves after adding a back-reference:", count_leaves(config))
