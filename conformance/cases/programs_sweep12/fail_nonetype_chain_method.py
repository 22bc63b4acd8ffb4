import re

LINES = ["user=ann id=17 role=admin", "user=bob id=22", "user=cyd id=x9 role=dev"]


def field(line, key):
    m = re.search(rf"\b{key}=(\w+)", line)
    return m.group(1) if m else None


for line in LINES:
    print(field(line, "user"), field(line, "id"), field(line, "role"))
roles = [field(line, "role").upper() for line in LINES]
print(roles)
