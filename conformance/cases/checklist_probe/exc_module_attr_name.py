class ModErr(Exception):
    pass
ModErr.__module__ = "mypkg.sub"
try:
    raise ModErr("m")
except ModErr as e:
    print(repr(e), str(e))
class NoMod(Exception):
    pass
NoMod.__module__ = None
raise ModErr("with module")
