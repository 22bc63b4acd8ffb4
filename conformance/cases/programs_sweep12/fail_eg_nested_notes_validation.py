import sys
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def check(rows):
    errs = []
    for i, r in enumerate(rows):
        try:
            if r < 0:
                raise ValidationError(f"row{i}", "negative")
            if r > 100:
                raise OverflowError(f"row {i} too big")
        except Exception as e:
            e.add_note(f"while checking row {i}")
            errs.append(e)
    if errs:
        eg = ExceptionGroup("check failed", [ExceptionGroup("inner", errs[:2]), *errs[2:]])
        eg.add_note("group note")
        raise eg
print("start", file=sys.stderr)
try:
    check([1, -1, 200, -5])
except* OverflowError as g:
    print("overflow handled", len(g.exceptions))
