class AppError(Exception):
    """Base for the app."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(AppError):
    def __init__(self, kind, key):
        self.kind = kind
        self.key = key
        super().__init__(kind, key)

    def __str__(self):
        return f"{self.kind} {self.key!r} not found"


class RetryableError(AppError):
    def __init__(self, msg, attempts=0):
        super().__init__(msg)
        self.attempts = attempts


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "required")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "must be >= 0")
    return True


USERS = {1: {"name": "ann", "age": 30}}


def lookup(uid):
    try:
        return USERS[uid]
    except KeyError:
        raise NotFoundError("user", uid) from None


for u in ({"name": "x", "age": 3}, {"age": 3}, {"name": "y", "age": -1}):
    try:
        print(validate(u))
    except ValidationError as e:
        print(type(e).__name__, e, "|", e.field, e.message, e.args)

for uid in (1, 2):
    try:
        print(lookup(uid))
    except AppError as e:
        print(type(e).__name__, e, e.args, e.__cause__, e.__suppress_context__)

print(issubclass(NotFoundError, AppError), issubclass(AppError, Exception), AppError.__doc__)


def flaky(state):
    state["n"] += 1
    if state["n"] < 3:
        raise RetryableError("try again", state["n"])
    return "done after " + str(state["n"])


state = {"n": 0}
while True:
    try:
        print(flaky(state))
        break
    except RetryableError as e:
        print("retry", e.attempts, e)


def wrap():
    try:
        int("abc")
    except ValueError as e:
        raise AppError("conversion failed") from e


try:
    wrap()
except AppError as e:
    print(type(e).__name__, e, "<-", type(e.__cause__).__name__, e.__cause__)

try:
    try:
        raise ValidationError("f", "bad")
    except ValidationError as e:
        raise NotFoundError("thing", "k")
except NotFoundError as e:
    print(e, "context:", type(e.__context__).__name__, e.__context__)

errors = [ValidationError("a", "b"), NotFoundError("x", 1), RetryableError("r"), AppError("plain")]
for err in errors:
    try:
        raise err
    except (ValidationError, NotFoundError) as e:
        print("specific", repr(str(e)))
    except AppError as e:
        print("generic", type(e).__name__, repr(e))
