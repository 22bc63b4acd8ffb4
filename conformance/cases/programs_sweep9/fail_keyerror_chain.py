config = {"db": {"host": "localhost"}}

def get(path):
    node = config
    for part in path.split("."):
        node = node[part]
    return node

print(get("db.host"))
try:
    get("db.port")
except KeyError:
    value = int("not-a-number")
