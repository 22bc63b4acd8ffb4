# moat policy: Enum._convert_ reads its constants from sys.modules[module]
# and binds the new enum in that module's globals, module internals the
# sandbox does not provide; it raises TypeError. The functional API makes
# the same enum from a mapping.
import enum

for base in (enum.IntEnum, enum.Enum, enum.IntFlag):
    try:
        base._convert_('Color', __name__, lambda n: n.startswith('C_'))
    except TypeError as e:
        print(e)
C_RED, C_BLUE = 1, 2
Color = enum.IntEnum('Color', {k: v for k, v in dict(C_RED=1, C_BLUE=2).items()})
print(list(Color), Color.C_BLUE == 2)
