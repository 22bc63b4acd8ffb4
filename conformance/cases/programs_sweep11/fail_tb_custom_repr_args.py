class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code


err = AppError(404, "missing")
print(err.args, str(err), repr(err))
raise AppError(500, "boom")
