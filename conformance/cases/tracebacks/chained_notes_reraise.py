class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class DbError(AppError):
    pass
def query(q):
    try:
        return {"a": 1}[q]
    except KeyError as e:
        raise DbError(404, f"no row {q!r}") from e
def service(q):
    try:
        return query(q)
    except DbError as e:
        e.add_note("while serving request 17")
        e.add_note(f"query was {q}")
        raise
def handler():
    try:
        service("zz")
    except AppError as err:
        print("caught", err, err.code, type(err).__mro__[1].__name__ if False else "")
        raise RuntimeError("handler failed")
print(service("a"))
handler()
