# InitVar, KW_ONLY and Final in dataclasses.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import Final
@dataclass
class Conn:
    host: str
    password: InitVar[str]
    _: KW_ONLY
    port: int = 80
    retries: Final[int] = 3
    def __post_init__(self, password):
        self.masked = "*" * len(password)
c = Conn("h", "pw", port=8080)
print(c, c.masked)
print([f.name for f in fields(Conn)])
print(Conn.__annotations__["password"], type(Conn.__annotations__["_"]).__name__)
try:
    Conn("h", "pw", 8080)
except TypeError as e:
    print("TypeError", e)
