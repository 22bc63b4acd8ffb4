import json
from enum import Enum


class Role(str, Enum):
    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"


class MessageError(ValueError):
    pass


def load_messages(text):
    out = []
    for n, m in enumerate(json.loads(text)):
        try:
            role = Role(m["role"])
        except ValueError:
            valid = ", ".join(r.value for r in Role)
            raise MessageError(f"message {n}: role {m['role']!r} is not one of {valid}") from None
        out.append((role, m["content"]))
    return out


msgs = load_messages('[{"role": "user", "content": "hi"}, {"role": "tool", "content": "42"}]')
for role, content in msgs:
    print(f"{role.value:>9}: {content}")
print(Role.USER == "user", Role.TOOL.name, Role("assistant") is Role.ASSISTANT)
load_messages('[{"role": "user", "content": "a"}, {"role": "system", "content": "be nice"}]')
