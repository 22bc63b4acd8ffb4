from typing import TypedDict
class M(TypedDict):
    a: int
print(M(a=1), type(M(a=1)).__name__, M.__annotations__)
M(b=1) if False else print(isinstance({}, dict))
try:
    isinstance({}, M)
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
