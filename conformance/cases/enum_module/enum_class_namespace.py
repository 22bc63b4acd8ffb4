"""An enum class's namespace holds no moat bookkeeping names."""
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Shade(enum.IntEnum):
    DARK = 1

print(hasattr(Color, '_enum_bases_'), hasattr(Shade, '_enum_bases_'))
print('_enum_bases_' in Color.__dict__, sorted(n for n in dir(Color) if not n.startswith('_')))
print(sorted(n for n in dir(Shade) if not n.startswith('__'))[:3])
