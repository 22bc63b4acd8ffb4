# The __future__ module at run time: every feature's record (releases,
# compiler flag, repr), the CO_ flags, the module's public names, and
# _Feature objects made (and mis-made) by user code.
from __future__ import annotations, generator_stop
import __future__
_Feature = __future__._Feature

for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          hex(feature.compiler_flag), isinstance(feature, _Feature))
print(__future__.__all__)
print([name for name in dir(__future__) if not name.startswith("__")])
print({name: getattr(__future__, name) for name in dir(__future__) if name.startswith("CO_")})
print(annotations is __future__.annotations, generator_stop.compiler_flag)
undecided = [n for n in __future__.all_feature_names
             if getattr(__future__, n).getMandatoryRelease() is None]
print("undecided:", undecided)

mine = _Feature((3, 12, 0, "alpha", 1), None, 0x4000000)
print(repr(mine), str(mine), mine.optional, mine.mandatory, mine.compiler_flag)
print(_Feature(optionalRelease="x", mandatoryRelease=[1], compiler_flag=None))
for args, kwargs in (((), {}), (((1,),), {}), ((1, 2, 3, 4), {}),
                     ((1, 2), {"compiler_flag": 3, "flag": 4})):
    try:
        _Feature(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)


class Tagged(_Feature):
    def __repr__(self):
        return "Tagged:" + super().__repr__()


print(Tagged((1, 0), (2, 0), 1), Tagged((1,), None, 0).getMandatoryRelease())
try:
    __future__.braces
except AttributeError as e:
    print("AttributeError", e)
