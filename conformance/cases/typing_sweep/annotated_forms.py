# Annotated: metadata, flattening, get_type_hints include_extras.
from typing import Annotated, get_type_hints, get_args, get_origin, List
Meters = Annotated[float, "meters"]
print(Meters, Meters.__metadata__, Meters.__origin__)
print(get_origin(Meters), get_args(Meters))
print(Annotated[Annotated[int, 1], 2])
print(Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
print(Annotated[List[int], "x"])
def run(d: Meters, n: Annotated[int, "count", 3] = 1) -> Annotated[str, "out"]:
    return "ok"
print(get_type_hints(run))
print(get_type_hints(run, include_extras=True))
for t in (lambda: Annotated[int], lambda: Annotated(), lambda: Annotated[int, 1](3)):
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
