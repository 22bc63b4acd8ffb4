class BadStr(Exception):
    def __str__(self):
        raise ValueError("no str")
e = BadStr("payload")
print(repr(e))
try:
    str(e)
except ValueError as err:
    print("ValueError", err)
raise e
