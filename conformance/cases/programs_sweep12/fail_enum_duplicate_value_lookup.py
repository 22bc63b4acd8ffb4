from enum import Enum


class HttpStatus(Enum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @classmethod
    def from_code(cls, code):
        try:
            return cls(code)
        except ValueError:
            raise LookupError(f"unknown HTTP status {code}") from None

    @property
    def is_error(self):
        return self.value >= 400


for code in (200, 404, 500):
    s = HttpStatus.from_code(code)
    print(code, s.name, s.is_error)
print(HttpStatus["CREATED"].value)
print(HttpStatus.from_code(418))
