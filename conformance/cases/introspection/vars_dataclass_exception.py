# vars() of dataclass and exception instances.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    qty: int = 1


it = Item("pen", 3)
print(vars(it))
print({k: v for k, v in vars(it).items()})


class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


e = AppError("boom", 42)
print(vars(e))
e.extra = "x"
print(sorted(vars(e)))
print(vars(ValueError("v")))
err = KeyError("k")
print(err.__dict__, vars(err) is err.__dict__)
err.add_note("see docs")
print(vars(err))
