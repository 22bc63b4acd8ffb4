from typing import Protocol
class P(Protocol):
    def m(self): ...
try:
    isinstance(1, P)
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
