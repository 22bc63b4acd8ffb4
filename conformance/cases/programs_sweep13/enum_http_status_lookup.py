from enum import IntEnum, Enum, unique


class HTTP(IntEnum):
    OK = 200
    CREATED = 201
    NO_CONTENT = 204
    MOVED = 301
    NOT_FOUND = 404
    TEAPOT = 418
    SERVER_ERROR = 500

    @property
    def family(self):
        return {2: "success", 3: "redirect", 4: "client error", 5: "server error"}[self // 100]

    def describe(self):
        return f"{self.value} {self.name.replace('_', ' ').title()} ({self.family})"


@unique
class Color(Enum):
    RED = "#f00"
    GREEN = "#0f0"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() in ("r", "red"):
            return cls.RED
        return None


for code in (200, 204, 404, 418, 500):
    print(HTTP(code).describe())
print(HTTP.NOT_FOUND == 404, HTTP.OK < HTTP.CREATED, sorted([HTTP.TEAPOT, HTTP.OK]), HTTP["MOVED"])
print([s.name for s in HTTP if s.family == "success"], len(HTTP))
print(Color("r"), Color("#0f0"), Color.RED.value)
try:
    Color("blue")
except ValueError as e:
    print("ValueError:", e)
try:
    HTTP(999)
except ValueError as e:
    print("ValueError:", e)
print(HTTP.OK + 1, format(HTTP.OK), f"{HTTP.TEAPOT:>6}", str(HTTP.OK), repr(HTTP.OK))
