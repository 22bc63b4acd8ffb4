class Handler:
    def __init__(self, successor=None):
        self.successor = successor

    def handle(self, req):
        if self.successor is None:
            raise LookupError(f"no handler for {req!r}")
        return self.successor.handle(req)


class Auth(Handler):
    def handle(self, req):
        if req.get("user") is None:
            return "401"
        return super().handle(req)


class Static(Handler):
    def handle(self, req):
        if req["path"].startswith("/static"):
            return "200 static"
        return super().handle(req)


chain = Auth(Static())
print(chain.handle({"user": "a", "path": "/static/x.css"}))
print(chain.handle({"path": "/"}))
print(chain.handle({"user": "a", "path": "/api"}))
