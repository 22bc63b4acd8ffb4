from enum import Enum
class E(Enum):
    A = 1
try:
    class F(E):
        B = 2
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
