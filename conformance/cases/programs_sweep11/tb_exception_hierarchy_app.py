class AppError(Exception):
    code = 1

    def __init__(self, msg, **ctx):
        super().__init__(msg)
        self.ctx = ctx

    def __str__(self):
        base = super().__str__()
        if self.ctx:
            base += " [" + ", ".join(f"{k}={v}" for k, v in sorted(self.ctx.items())) + "]"
        return base


class NotFound(AppError):
    code = 404


class Forbidden(AppError):
    code = 403


class RateLimited(Forbidden):
    code = 429


def handle(req):
    user, path = req
    if user is None:
        raise Forbidden("login required", path=path)
    if path.startswith("/admin") and user != "root":
        raise Forbidden("admins only", user=user)
    if path == "/spam":
        raise RateLimited("slow down", user=user, retry=30)
    if path != "/":
        raise NotFound(f"no page {path}")
    return 200


for req in [("ann", "/"), (None, "/x"), ("bob", "/admin/panel"), ("cy", "/spam"), ("dee", "/missing")]:
    try:
        print(req, handle(req))
    except RateLimited as e:
        print(req, "429!", e, e.args)
    except AppError as e:
        print(req, e.code, type(e).__name__, e, repr(e))
print([c.__name__ for c in (RateLimited, Forbidden) if issubclass(RateLimited, c)], AppError.code)
