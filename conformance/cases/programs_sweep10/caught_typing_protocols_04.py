from typing import Generic, TypeVar
T = TypeVar("T")
class A(Generic[T]): pass
try:
    A[int, str]
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
