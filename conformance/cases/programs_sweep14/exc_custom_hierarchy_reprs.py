# A custom exception hierarchy with extra fields, __str__/__repr__, args,
# pickle-free copying, and catching by base class in order.
import copy


class AppError(Exception):
    code = 1

    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class NotFound(AppError):
    code = 404


class Forbidden(AppError):
    code = 403

    def __repr__(self):
        return f"Forbidden<{self.args[0]}>"


errors = [NotFound("page", detail="/x"), Forbidden("admin"), AppError("generic"), KeyError("k"), NotFound("")]
for e in errors:
    try:
        raise e
    except NotFound as err:
        print("not found:", err, repr(err), err.args)
    except AppError as err:
        print("app error:", err, repr(err), err.code)
    except Exception as err:
        print("other:", err, repr(err))
c = copy.copy(errors[0])
print(c, c.detail, type(c).__name__, c is errors[0])
print(issubclass(NotFound, AppError), isinstance(errors[1], AppError))
try:
    AppError()
except TypeError as e:
    print("TypeError:", e)
