class AppError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as exc:
        raise AppError(f"bad number {s!r}") from exc
parse("12")
parse("twelve")
