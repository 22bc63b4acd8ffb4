class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
def load(d, k):
    try:
        return d[k]
    except KeyError:
        raise AppError(404, f"{k} not found") from None
load({}, "user")
