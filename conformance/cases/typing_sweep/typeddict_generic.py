# Generic TypedDict (3.11).
from typing import TypedDict, Generic, TypeVar
T = TypeVar("T")
class Resp(TypedDict, Generic[T]):
    data: T
    ok: bool
r: Resp[int] = {"data": 1, "ok": True}
print(r, Resp.__parameters__)
print(repr(Resp[int]).replace("__main__.", ""))
print(Resp.__annotations__)
